namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-seventh pass over the school categories (issue 9, batch fresh43-school33), rules
/// alone, each with sentences in other words than the batches and look-alikes: the addressee's family or home known, also
/// with the polite "uw" (class addressee-possessive, read by the threat judges instead of inline lists); knowing someone's
/// family beside a warning in either order; a pity if a scratch or dent came on someone's thing; "je weet nooit wat er
/// gebeurt" after someone's home; pupils sent out told with the infinitive; a night at the police station; roster names in
/// chat spelling; a colleague who "weggaat" as rumour; "ik ben het zo zat"; the author's age on the day still names the birth date (the lead's ruling).
/// </summary>
public class ThirtySeventhPassSchool33PatternTests
{
    private static CheckResult Check(string text, string author = "tom.hendriks") => TestChecker.PersonalByRules(text, author);

    private static bool Threat(string text) => Check(text).Has(Categories.HarmfulStatement, Severity.Block);

    private static bool PersonalData(string text, string author = "tom.hendriks") => Check(text, author).Has(Categories.PersonalData, Severity.Block);

    [Theory]
    [InlineData("Ik weet hoe laat uw dochter van hockey thuiskomt.")]
    [InlineData("Meneer Pietersen, ik weet precies om half acht waar uw zoon zijn scooter neerzet.")]
    [InlineData("Wij weten op welke dagen uw kinderen bij oma slapen.")]
    [InlineData("Ik zag u gisteren uw zoon ophalen bij de zwemles.")]
    public void Check_TheAddresseesFamilyKnownWithThePoliteForm_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Ik weet hoe laat de bus naar het zwembad vertrekt.")]
    [InlineData("Weet u hoe laat uw dochter uit school komt? Dan plannen we het gesprek daarna.")]
    [InlineData("Ik weet waar mijn dochter haar fiets neerzet.")]
    public void Check_TimesOfABusOrOnesOwnFamily_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Die vader van de voetbalclub moet goed oppassen, ik ken zijn vrouw en zijn huis.")]
    [InlineData("Ik ken jouw kinderen en jouw werkgever. Kijk maar goed uit.")]
    [InlineData("We kennen haar man nog wel, ze moet maar oppassen.")]
    public void Check_KnowingSomeonesFamilyBesideAWarning_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Ik ken zijn kinderen nog van de basisschool, leuke jongens.")]
    [InlineData("Pas goed op in het verkeer, ik ken jouw kinderen, ze fietsen altijd zo hard.")]
    [InlineData("Ik ken haar man niet, maar ze moet wel oppassen met die ladder.")]
    public void Check_KnowingSomeonesFamilyInAChatOrWithAHazard_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Mooie scooter heeft die buurjongen, zou zonde zijn als daar krassen op kwamen.")]
    [InlineData("Wat een glanzende deur heeft u, jammer als daar een deuk in zou komen.")]
    [InlineData("Fraaie bus heeft die aannemer, zonde als zijn ruiten worden ingegooid.")]
    public void Check_APityIfDamageStruckSomeonesThing_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Zonde als je telefoon krassen krijgt door de hitte, koop een hoesje.")]
    [InlineData("Mijn nieuwe fiets heeft al een kras, wat jammer.")]
    public void Check_ScratchesByAMishapOrOnesOwn_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Leuke woning heeft die wethouder, je weet maar nooit wat er vannacht gebeurt.")]
    [InlineData("Aan die opa van het schoolplein: mooi tuinhuisje, je weet toch nooit wat ermee kan gebeuren.")]
    public void Check_NeverKnowingWhatHappensToSomeonesHome_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Verzeker je fiets goed, je weet nooit wat er gebeurt.")]
    [InlineData("Mijn huis is oud, je weet nooit wat er met het dak gebeurt.")]
    [InlineData("Neem een paraplu mee, je weet maar nooit.")]
    public void Check_NeverKnowingBesideAdviceOrOnesOwnHome_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Moest Liam vanochtend naar de gang sturen, hij bleef maar praten.", "tom.hendriks")]
    [InlineData("Ik heb Noah gisteren uit de gymles moeten zetten.", "tom.hendriks")]
    [InlineData("mohammed heeft een nacht op het politiebureau gezeten", "mark.willems")]
    [InlineData("Finn is gisteravond door de politie opgepakt.", "linda.koster")]
    public void Check_APupilSentOutOrAtThePoliceStation_IsPersonalData(string text, string author) =>
        Assert.True(PersonalData(text, author), text);

    [Theory]
    [InlineData("We moesten alle tafels naar de gang zetten voor de musical.")]
    [InlineData("Met groep 6 een rondleiding op het politiebureau, ze mochten even in de cel zitten.")]
    [InlineData("De stoelen moeten uit de klas gezet worden voor de schoonmaak.")]
    public void Check_FurnitureMovedOrAVisitToThePolice_IsNoPersonalData(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("tess heeft sinds gisteren een gebroken arm 😢", "linda.koster")]
    [InlineData("vandaag had finn een onvoldoende voor zn rekentoets", "mark.willems")]
    [InlineData("julia haar ouders gaan scheiden, ze is er stil van", "jeroen.vos")]
    public void Check_ARosterNameInChatSpelling_IsStillThePupil(string text, string author) =>
        Assert.True(PersonalData(text, author), text);

    [Theory]
    [InlineData("tess en de anderen hebben een prachtige tekening gemaakt 🎨", "linda.koster")]
    [InlineData("mijn rozen hebben een schimmel, de roos bij de voordeur is ziek", "linda.koster")]
    public void Check_ARosterNameInChatSpellingWithoutAFact_OrAWord_IsNoPersonalData(string text, string author) =>
        Assert.False(PersonalData(text, author), text);

    [Theory]
    [InlineData("Via via gehoord dat de adjunct van onze school weggaat.")]
    [InlineData("In de wandelgangen vernomen dat de conciërge van het Kompas weggaat.")]
    public void Check_AColleagueLeavingAsRumour_IsConfidential(string text) =>
        Assert.True(Check(text).Has(Categories.Confidential, Severity.Block), text);

    [Fact]
    public void Check_AColleagueLeavingAsAnnounced_IsNotConfidential() =>
        Assert.False(Check("Zoals in de nieuwsbrief aangekondigd gaat de adjunct van onze school weg.").Has(Categories.Confidential), "nieuwsbrief");

    [Theory]
    [InlineData("Alweer een studiedag tot laat, ik ben het echt zat op dit werk.")]
    [InlineData("Ik ben het zo beu, die eindeloze vergaderingen op school.")]
    public void Check_FedUpWithADegreeWord_IsAComplaint(string text) =>
        Assert.True(Check(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Fact]
    public void Check_FedUpWithTheRain_IsNoComplaint() =>
        Assert.False(Check("Ik ben het zo zat, al die regen deze week.").Has(Categories.HarmfulStatement), "regen");

    // The lead's ruling of stop 56: the author's age on the day names the date of birth (the day of the post and the year
    // from the age), so it stays blocked by convention 12, as the eighteenth pass decided.
    [Theory]
    [InlineData("Ik ben vandaag 44 geworden, bedankt voor alle lieve berichtjes!")]
    [InlineData("Morgen word ik 50 en ik trakteer op school.")]
    public void Check_TheAuthorsAgeOnTheDay_NamesTheBirthDate(string text) =>
        Assert.True(Check(text).Has(Categories.PersonalData, Severity.Block), text);

    [Fact]
    public void Check_TheAuthorsAgeWithADateOfBirth_IsStillPersonalData() =>
        Assert.True(Check("Vandaag 44 geworden! Geboren op 7 december 1982 in Zwolle.").Has(Categories.PersonalData, Severity.Block), "geboren op");
}
