namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 49, judged by the rules alone, in sentences written for this test (found by
/// fresh36-lead-heldout; every sentence that should now be stopped passed the engine of 3743fe55, and every sentence
/// that should now pass was stopped by it):
/// <list type="bullet">
/// <item>an eye-roll needs someone or something of the work: "deze" before a noun ("derde keer deze week") points at the
/// noun, not at a person (all five were doubted as complaints); an eye-roll at parents, a meeting or a change imposed
/// "van bovenaf" stays a complaint;</item>
/// <item>a long curse typed one letter wrong ("godverdome", "godferdomme") is the curse when the word is no Dutch word,
/// and a curse compound whose last part lost a doubled vowel to the folding of stretched letters ("kankerzoooi",
/// "kutweeeer") is read with the vowel doubled; a town that starts with a curse's letters stays a town;</item>
/// <item>HR called in, with "er … bij" split around other words or as "HR is ingeschakeld", is a personnel matter
/// (confidential); HR recruiting or a colleague joining HR is not;</item>
/// <item>a word known only as a person's name (the dictionary's names), capitalised inside the sentence, is someone, as it
/// is at the sentence's start ("Gisteren is Linda geopereerd"), also set before its sentence by a comma and taken up by a
/// pronoun ("Arme Linda, ze is …"); not a place after a preposition, a brand with an inner capital, a pet after its
/// animal word, a full name of someone in the news or a character in a story;</item>
/// <item>knowing someone's time or route, then "kijk maar goed achterom / om je heen", is the threat "kijk maar uit";</item>
/// <item>an ultimatum answered by a loss the author will see to ("…, zorg ik dat uw kind een andere school mag zoeken")
/// is a threat; a favour promised the same way is not;</item>
/// <item>a person, a colon or dash, and "een" with an insult ("De directeur: een opgeblazen kalkoen") is the copula left
/// out; an animal after a colon that follows no person, or that follows what the person has, is not;</item>
/// <item>a question when the teaching gets its turn ("Wanneer geven we eigenlijk les?"), after a sentence that lists two
/// or more of the work's meetings, forms and plans, is a complaint about the workload; the same question after no such
/// list, or a question of fact, is not.</item>
/// </list>
/// </summary>
public class ThirtiethPassLeadPatternTests
{
    [Theory]
    [InlineData("Mijn kat heeft de kerstboom weer omgegooid. Derde keer deze week 🙄")]
    [InlineData("Mijn zoon is zijn gymtas weer vergeten. Tweede keer deze maand 🙄")]
    [InlineData("Mijn fiets staat weer lek. Tweede keer deze week 🙄")]
    [InlineData("De hond heeft weer een sok opgegeten. Derde keer deze maand 🙄")]
    [InlineData("Weer regen. Vierde dag op rij deze week 🙄")]
    public void Check_AnEyeRollAtACountOfOnesOwnLife_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die ouders weer 🙄")]
    [InlineData("Weer een roosterwijziging van bovenaf. Ik ben benieuwd wie er deze keer naar ons heeft geluisterd 🙄")]
    [InlineData("Alweer een teamvergadering over de kleur van de mappen 🙄")]
    [InlineData("Het bestuur heeft weer een nieuw plan 🙄")]
    [InlineData("De derde vergadering deze week 🙄")]
    public void Check_AnEyeRollAtTheWork_IsStillAComplaint(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Godverdome, weer file op de ring.")]
    [InlineData("Godferdomme, wat een dag.")]
    [InlineData("G0dvtrdomme, de trein is weer te laat.")]
    [InlineData("Wat een kankerzoooi is het hier.")]
    [InlineData("Alweer kutweeeer voor de sportdag.")]
    public void Check_ALongCurseTypedWrongOrStretched_IsProfanity(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Profanity));

    [Theory]
    [InlineData("Onze vakantie in Kutaisi was prachtig.")]
    [InlineData("Het dorp Kuttekoven ligt in Limburg.")]
    [InlineData("We kochten kakelverse eieren op de markt.")]
    [InlineData("Ik verdom het om op zondag te mailen.")]
    [InlineData("De familie Verdonck woont naast ons.")]
    public void Check_AWordNearACurse_IsNoProfanity(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Profanity));

    [Theory]
    [InlineData("Het conflict loopt zo hoog op dat HR er nu bij is gehaald.")]
    [InlineData("Tussen Kees en Youssef botert het niet, HR is er inmiddels bij betrokken.")]
    [InlineData("Bij ons op school is HR ingeschakeld vanwege die ruzie in het team.")]
    [InlineData("De sfeer is zo slecht dat HR er vorige week bij is geroepen.")]
    [InlineData("Omdat het niet meer ging, werd HR ingelicht.")]
    public void Check_HrCalledIn_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("HR zoekt een nieuwe collega voor de salarisadministratie.")]
    [InlineData("We hebben een HR-adviseur ingeschakeld voor de werving.")]
    [InlineData("Bij HR is er een nieuwe collega bij gekomen, welkom!")]
    [InlineData("HR organiseert een workshop over vitaliteit.")]
    [InlineData("De vacature staat op de site, HR beantwoordt je vragen.")]
    public void Check_HrDoingItsWork_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential));

    [Theory]
    [InlineData("Gisteren is Linda geopereerd aan haar knie.")]
    [InlineData("Arme Linda, ze is al weken ziek thuis.")]
    [InlineData("Helaas heeft Ingrid een hernia.")]
    [InlineData("Sinds maandag ligt Hanneke in het ziekenhuis.")]
    [InlineData("Linda, ze heeft al maanden een burn-out.")]
    public void Check_AKnownNameInsideTheSentenceWithAHealthFact_IsPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("De apotheek in Esveld geeft uitleg over ziek zijn en medicijnen.")]
    [InlineData("Vandaag fietsen we voor KiKa, samen tegen kinderkanker.")]
    [InlineData("Onze oude kater Moos was al weken ziek.")]
    [InlineData("In het boek wordt Pippi ernstig ziek.")]
    [InlineData("Gisteren las ik dat Anne Frank ziek werd in het kamp.")]
    public void Check_ANameThatIsAPlaceBrandPetOrCharacter_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));

    [Theory]
    [InlineData("Ik weet om hoe laat jij elke dag je fiets uit de stalling haalt. Kijk maar goed achterom.")]
    [InlineData("Ik weet wanneer jij je hond uitlaat. Kijk maar goed om je heen.")]
    [InlineData("Ik weet precies waar jij elke avond sport. Kijk jij maar goed achterom.")]
    [InlineData("Ik weet hoe laat je vrouw thuiskomt. Kijk maar goed achterom.")]
    [InlineData("Ik weet waar jij je auto parkeert, dus kijk maar goed om je heen.")]
    public void Check_KnowingSomeonesTimeThenLookBehindYou_IsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Kijk bij het achteruit inparkeren altijd goed achterom.")]
    [InlineData("Bij het oversteken: kijk goed om je heen!")]
    [InlineData("Ik weet hoe laat de bus gaat. Kijk bij het uitstappen goed achterom, want het is glad.")]
    [InlineData("Kijk maar eens goed om je heen in het nieuwe lokaal.")]
    [InlineData("Kijk maar even achterom in de tuin, daar staat je fiets.")]
    public void Check_LookingBehindWithoutKnowingSomeone_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als u zich er nog één keer mee bemoeit, zorg ik dat uw kind een andere school mag zoeken.")]
    [InlineData("Als je dat nog eens flikt, zorg ik ervoor dat je ontslagen wordt.")]
    [InlineData("Nog één keer zo'n opmerking en ik zorg dat je eruit vliegt.")]
    [InlineData("Waag het nog eens, dan zorg ik dat jij in het ziekenhuis belandt.")]
    [InlineData("Als uw zoon dat nog één keer doet, zorgen we dat hij geschorst wordt.")]
    public void Check_AnUltimatumAnsweredByALossTheAuthorSeesTo_IsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als je nog eens langskomt, zorg ik dat er koffie is.")]
    [InlineData("Als je nog één keer hulp nodig hebt, zorg ik dat je die krijgt.")]
    [InlineData("Zodra het rooster klaar is, zorg ik dat je een andere plek in de klas krijgt.")]
    [InlineData("Als het nog eens regent, zorgen we dat de kinderen binnen kunnen spelen.")]
    [InlineData("Ik zorg dat je uitnodiging voor de kerstlunch op tijd komt.")]
    public void Check_AFavourPromisedTheSameWay_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("De nieuwe directeur van het bestuurskantoor: een opgeblazen kalkoen in maatpak.")]
    [InlineData("Onze teamleider – een verwaande pauw.")]
    [InlineData("De inspecteur: een ijdele haan.")]
    [InlineData("Die vader uit groep 5: een dikke kalkoen.")]
    [InlineData("Mijn teamleider: een opgeblazen pauw met een stropdas.")]
    public void Check_APersonAColonAndAScornedAnimal_IsAnInsult(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Op de kinderboerderij: een dikke kalkoen.")]
    [InlineData("Kerstdiner dit jaar: een opgeblazen kalkoen uit de oven.")]
    [InlineData("De directeur heeft een nieuwe kat: een dikke rode kater.")]
    [InlineData("Thema van de week: een slimme vos.")]
    [InlineData("Onze conciërge kreeg een cadeau: een luie poes van pluche.")]
    public void Check_AnAnimalAfterAColonThatCallsNoOneIt_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Op maandagochtend vergaderen, op dinsdag nog een overleg, woensdag studiemiddag. Wanneer geven we eigenlijk les?")]
    [InlineData("Twee evaluaties, een teamoverleg en drie formulieren. Wanneer kom ik nog aan lesgeven toe?")]
    [InlineData("Maandag een studiedag, dinsdag een vergadering, donderdag overleg. Wanneer moet ik eigenlijk nog nakijken?")]
    [InlineData("Een werkverdeling, een bijeenkomst en weer een overleg. Wanneer geef ik eigenlijk les?")]
    [InlineData("Eerst vergaderen, dan een studiedag. Wanneer geven wij nog les?")]
    public void Check_TeachingCrowdedOutByTheWorksMeetings_IsAComplaint(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Wanneer geven we eigenlijk les in het nieuwe lokaal?")]
    [InlineData("Maandag gym, dinsdag muziek. Wanneer geven we eigenlijk les in het nieuwe lokaal?")]
    [InlineData("Vergadering en overleg gepland. Wanneer is de volgende les?")]
    [InlineData("Een studiedag en een overleg over het nieuwe rekenen. Daarna geven we met plezier les!")]
    [InlineData("Vergaderen, een studiedag: allemaal nuttig. Wanneer mag ik les geven in groep 8? Ik kijk ernaar uit!")]
    public void Check_TheSameQuestionAfterNoListOrAsAFact_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));
}
