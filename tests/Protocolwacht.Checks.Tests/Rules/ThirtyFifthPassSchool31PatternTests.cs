namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-fifth pass over the school categories (issue 9, batch fresh41-school31), rules
/// alone, each with sentences in other words than the batches and look-alikes: one pupil of the author's own class pointed
/// out without a name ("een van mijn leerlingen", "een kind van mij") and a pupil sent home without a reason told; a mild
/// attribute of the pupils as a whole turned round with praise (doubt, not an insult); a disease word owned, died of or
/// the subject of its course (the disease, not a curse); a loaded silence after knowing where someone lives (intimidation,
/// not a leak); a score to settle; a person's dullness measured by a tedious procedure or paper.
/// </summary>
public class ThirtyFifthPassSchool31PatternTests
{
    private static CheckResult Check(string text) => TestChecker.PersonalByRules(text);

    private static bool PersonalData(string text) => Check(text).Has(Categories.PersonalData, Severity.Block);

    private static bool Complaint(string text) => Check(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Harmful(string text) => Check(text).Has(Categories.HarmfulStatement, Severity.Block);

    private static bool Profanity(string text) => Check(text).Has(Categories.Profanity, Severity.Block);

    [Theory]
    [InlineData("Een van mijn leerlingen zit sinds de herfstvakantie in een pleeggezin.")]
    [InlineData("Eentje van onze kleuters heeft sinds kort de diagnose ADHD.")]
    [InlineData("Een kind van mij is gisteren naar huis gestuurd.")]
    [InlineData("Een van de kinderen uit mijn groep is geschorst.")]
    [InlineData("1 van m'n leerlingen heeft weer een onvoldoende voor spelling.")]
    [InlineData("Een leerling van ons moest na het gevecht naar huis, hij is naar huis gestuurd.")]
    public void Check_OnePupilOfTheOwnClassWithASensitiveFact_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("Een van mijn collega's geeft morgen een workshop.")]
    [InlineData("Al mijn leerlingen zijn geslaagd voor het verkeersexamen.")]
    [InlineData("Veel van mijn leerlingen gaan in de vakantie naar het buitenland.")]
    [InlineData("Een van mijn leerlingen won de tekenwedstrijd van de bibliotheek.")]
    [InlineData("Wegens de hitte zijn alle kinderen om twaalf uur naar huis gestuurd.")]
    [InlineData("De hele school is naar huis gestuurd vanwege een stroomstoring.")]
    [InlineData("Door de sneeuw werden de kinderen vroeg naar huis gestuurd.")]
    public void Check_ThePupilsAsAWholeOrNoSensitiveFact_IsNoPersonalData(string text) =>
        Assert.False(PersonalData(text), text);

    [Theory]
    [InlineData("De leerlingen van groep 5 waren vandaag wat rumoerig, maar toch heerlijk.")]
    [InlineData("Mijn achtstegroepers zijn soms een tikje brutaal, maar wel ontzettend leuk.")]
    [InlineData("De kleuters waren vanochtend een beetje onrustig, maar wel heel lief.")]
    [InlineData("De leerlingen waren vandaag wat lui, maar wel gezellig.")]
    [InlineData("Mijn groep is niet de slimste van de school, maar wel de liefste.")]
    public void Check_AMildAttributeOfThePupilsTurnedRound_IsAComplaintNotAnInsult(string text)
    {
        Assert.True(Complaint(text), text);
        Assert.False(Harmful(text), text);
    }

    [Theory]
    [InlineData("Die leerling is wat brutaal, maar wel leuk.")]
    [InlineData("Mijn leerlingen zijn een stel sukkels, maar wel gezellig.")]
    [InlineData("De leerlingen van groep 6 zijn dom en lui.")]
    public void Check_OneChildAnInsultNounOrNoTurn_StaysAnInsult(string text) =>
        Assert.True(Harmful(text), text);

    [Theory]
    [InlineData("Mijn klas was vandaag heerlijk, maar wel moe na het schoolreisje.")]
    [InlineData("De kinderen waren druk bezig, maar wel gezellig.")]
    [InlineData("Dat was niet de slimste keuze, maar het werkte.")]
    public void Check_PraiseOrATiredClass_IsNoComplaint(string text)
    {
        Assert.False(Complaint(text), text);
        Assert.False(Harmful(text), text);
    }

    [Theory]
    [InlineData("Zijn longkanker is terug.")]
    [InlineData("Mijn zwager is vorige maand aan de tering overleden.")]
    [InlineData("Haar tyfus is gelukkig genezen.")]
    [InlineData("De kanker van onze buurman is uitgezaaid.")]
    [InlineData("Mijn tante is vorig jaar aan kanker bezweken.")]
    [InlineData("De kanker heeft bij mijn buurvrouw toegeslagen.")]
    [InlineData("Mijn opa is aan kanker overleden.")]
    public void Check_ADiseaseOwnedDiedOfOrRunningItsCourse_IsNoProfanityOrInsult(string text)
    {
        Assert.False(Profanity(text), text);
        Assert.False(Harmful(text), text);
    }

    [Theory]
    [InlineData("Kanker op met je gezeur.")]
    [InlineData("Tering, wat een file weer.")]
    [InlineData("Die kankerlijer van een buurman.")]
    [InlineData("Krijg toch de tyfus, man.")]
    [InlineData("Krijg de kanker van mijn part.")]
    public void Check_ADiseaseWordAsACurse_StaysProfanity(string text) =>
        Assert.True(Profanity(text), text);

    [Theory]
    [InlineData("Ik weet in welke straat die meester woont. Verder zeg ik niks.")]
    [InlineData("Zijn woonadres heb ik gevonden. Meer hoef ik niet te zeggen.")]
    [InlineData("Ik ken het adres van die moeder. Meer zeg ik niet.")]
    public void Check_ASilenceAfterKnowingWhereSomeoneLives_IsIntimidationNotALeak(string text)
    {
        Assert.True(Harmful(text), text);
        Assert.False(Check(text).Has(Categories.Confidential), text);
    }

    [Theory]
    [InlineData("Ik ken het adres van de conciërge, meer zeg ik niet: het is een verrassing.")]
    [InlineData("Ik ken het adres van die moeder, ik stuur haar een kaartje.")]
    public void Check_KnowingAnAddressForACardOrASurprise_IsNoThreat(string text) =>
        Assert.False(Harmful(text), text);

    [Theory]
    [InlineData("Met die vader van groep 3 heb ik nog een rekening te vereffenen.")]
    [InlineData("Met de gymleraar heb ik nog een appeltje te schillen.")]
    public void Check_AScoreToSettleWithSomeone_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("We hebben vandaag appeltjes geschild met de kleuters.")]
    [InlineData("Ik moet de rekening nog vereffenen bij de drukker.")]
    [InlineData("We hebben nog een appeltje te schillen met de gemeente over de verkeersdrempel.")]
    public void Check_ApplesPeeledOrABillPaid_IsNoComplaint(string text) =>
        Assert.False(Complaint(text), text);

    [Theory]
    [InlineData("Die invalkracht heeft het charisma van een bijsluiter.")]
    [InlineData("Mijn buurman is zo boeiend als een jaarverslag.")]
    [InlineData("Onze directeur heeft de humor van een belastingaangifte.")]
    [InlineData("Die stagiaire is ongeveer zo spannend als een dienstregeling.")]
    public void Check_APersonMeasuredByATediousPaper_IsASneerNotAnInsult(string text)
    {
        Assert.True(Complaint(text), text);
        Assert.False(Harmful(text), text);
    }

    // Someone outside the school ridiculed the same way is an insult, as the left30 and rules26 held-out batches label it.
    [Theory]
    [InlineData("Mijn huisbaas heeft de humor van een belastingaangifte.")]
    [InlineData("Die scheidsrechter is zo spannend als een bijsluiter.")]
    public void Check_SomeoneOutsideTheSchoolMeasuredByATediousPaper_IsAnInsult(string text) =>
        Assert.True(Harmful(text), text);

    [Theory]
    [InlineData("De vergadering had de charme van een telefoonboek.")]
    [InlineData("De nieuwe app heeft de humor van een belastingaangifte, maar ze werkt wel.")]
    [InlineData("De studiedag was zo spannend als een ledenvergadering.")]
    public void Check_AThingMeasuredByATediousPaper_IsNothing(string text)
    {
        Assert.False(Complaint(text), text);
        Assert.False(Harmful(text), text);
    }
}
