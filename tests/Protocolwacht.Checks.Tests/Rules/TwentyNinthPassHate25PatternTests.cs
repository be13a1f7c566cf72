namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twenty-ninth pass (hate25), each pattern in five sentences written for this test in other
/// words than the batches, with five allowed look-alikes beside it, judged by the rules alone: a group's diminutive of
/// scorn, a group called mentally ill or told to be treated for what it is, a group hanging about a place as its habit, a
/// group's houses of prayer closed by a question or by the author's side, and a group's own dream of going back and a
/// ban argued against, which are no hate.
/// </summary>
public class TwentyNinthPassHate25PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Al die Syriërtjes op het plein")]
    [InlineData("Roemeentjes komen hier alleen voor het geld")]
    [InlineData("Die hindoetjes met hun feesten")]
    [InlineData("Moslimaatjes weten niet beter")]
    [InlineData("Wat moeten we met die Bulgaartjes")]
    public void Check_AGroupsDiminutiveOfScorn_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn vrouwtje kookt vanavond")]
    [InlineData("We halen vanavond een chineesje")]
    [InlineData("Het moskeetje in de wijk houdt zaterdag open dag")]
    [InlineData("Ze droeg een mooi hoofddoekje bij de viering")]
    [InlineData("De Syrische kinderen zongen een liedje voor de ouders")]
    public void Check_ADiminutiveOfAThing_OrOfItsOwnMeaning_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Lesbiennes zijn geestesziek")]
    [InlineData("Die Roma zijn gewoon psychopathisch")]
    [InlineData("Biseksuelen moeten genezen worden voor wat ze zijn")]
    [InlineData("Transgenders moeten in therapie voor wat ze zijn")]
    [InlineData("Die moslims moeten heropgevoed worden voor wat zij zijn")]
    public void Check_AGroupCalledMentallyIll_OrTreatedForWhatItIs_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ouderen moeten behandeld worden voor wat ze hebben")]
    [InlineData("Syrische kinderen moeten behandeld worden voor wat ze hebben meegemaakt")]
    [InlineData("Vluchtelingen moeten in therapie voor wat ze hebben gezien")]
    [InlineData("Mensen met een psychische ziekte verdienen goede zorg")]
    [InlineData("Onze stichting helpt mensen die geestesziek zijn")]
    public void Check_TreatmentForWhatPatientsHave_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Bulgaren hangen alweer rond bij de ingang van de supermarkt")]
    [InlineData("Elke avond hangen die Marokkanen rond bij de snackbar")]
    [InlineData("Altijd die Afghanen die op het station rondhangen")]
    [InlineData("Polen lummelen alleen maar rond bij het winkelcentrum")]
    [InlineData("Die Roemenen zwerven de hele dag rond bij het station")]
    public void Check_AGroupHangingAboutAsItsHabit_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Afghaanse jongeren hangen rond op het plein omdat er geen jongerencentrum is")]
    [InlineData("Turkse jongeren hangen weer graag rond bij het nieuwe buurthuis, fijn dat het er is")]
    [InlineData("Een paar Poolse vaders hangen elke ochtend rond bij het hek om bij te praten")]
    [InlineData("Syrische kinderen hangen niet meer rond op straat sinds de nieuwe speeltuin")]
    [InlineData("Onze Marokkaanse buren lopen elke avond even rond in het park")]
    public void Check_HangingAboutWithoutAStake_OrPraised_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Waarom sluiten wij die synagogen niet?")]
    [InlineData("Waarom gooien we al die tempels niet dicht?")]
    [InlineData("Gooi die minaretten maar plat")]
    [InlineData("Ik vind dat we die gebedshuizen moeten sluiten")]
    [InlineData("Waarom verbieden we die boerka's niet gewoon?")]
    public void Check_AGroupsPlacesClosedByAQuestionOrByUs_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Waarom is de synagoge vandaag dicht?")]
    [InlineData("Waarom gaan we niet naar de moskee op de open dag?")]
    [InlineData("De kerk is tot Pasen dicht wegens een verbouwing")]
    [InlineData("Doe de deur van het lokaal maar dicht")]
    [InlineData("Waarom sluiten we de gymzaal niet eerder?")]
    public void Check_AQuestionOfFact_OrAnotherThingClosed_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Onze Iraakse conciërge hoopt ooit terug te keren naar Bagdad")]
    [InlineData("Mijn Afghaanse buurvrouw verlangt ernaar terug te gaan naar Herat")]
    [InlineData("Een Syrische moeder droomt ervan ooit terug te gaan naar Aleppo")]
    [InlineData("Wie minaretten wil verbieden, snapt niets van de grondwet")]
    [InlineData("Wie hoofddoeken wil slopen uit het straatbeeld, begrijpt niks van vrijheid")]
    public void Check_AGroupsOwnDream_OrABanArguedAgainst_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik vind dat hoofddoeken verboden moeten worden")]
    [InlineData("Minaretten moeten verboden worden")]
    [InlineData("Moslims begrijpen er niets van")]
    [InlineData("Syriërs moeten terug naar Syrië")]
    [InlineData("Die Afghanen moeten gewoon teruggaan naar Kabul")]
    public void Check_TheSameOrderNotQuoted_OrABanProposed_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Onze conciërge kreeg 'rot op naar je land' te horen. Wij accepteren dat niet.")]
    [InlineData("Een leerling hoorde 'donder op naar huis' op het plein. Dat tolereren we nooit.")]
    [InlineData("Een juf kreeg 'rot op' naar haar hoofd. Dat accepteren we nooit.")]
    [InlineData("Een vader hoorde 'donder op' bij de ingang. Dat tolereren wij niet.")]
    [InlineData("Een leerling kreeg 'pleur op naar je land' te horen. Wij tolereren dat nooit.")]
    public void Check_ACurseQuotedAndCondemned_IsNoProfanity(string text) => Assert.Null(Profanity(text));

    [Theory]
    [InlineData("Rot op naar je land.")]
    [InlineData("Donder op naar huis, jij.")]
    [InlineData("Sodemieter op met je gezeur.")]
    [InlineData("Pleur op, niemand wil je hier.")]
    [InlineData("Een leerling kreeg 'rot op' te horen. Wij lachten erom.")]
    public void Check_TheCurseNotQuoted_OrNotCondemned_StillBlocks(string text) => Assert.Equal(Severity.Block, Profanity(text));
}
