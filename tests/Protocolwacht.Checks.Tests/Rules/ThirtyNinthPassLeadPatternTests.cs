namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 58, judged by the rules alone, in sentences written for this test: someone fronted as
/// "die" after a "wie …" that says who is meant, or anyone the author knows to find at home, is threatened ("wie blijft
/// klagen, die weet ik wel te vinden"); and an outside judgement's outcome (the inspection, a poll) told before its
/// release is confidential ("de inspectie is tevreden, het rapport wordt pas in maart gepubliceerd"); blows given or sold by
/// the author to a person ("een paar tikken verkopen", "ik geef hem een opdonder") and a last warning counted out whose
/// "en" brings the author to the addressee's door ("nog één keer en ik sta bij jou op de stoep") are threats; a colleague's
/// leaving told in a teaser ("raad eens wie er na de zomer niet meer bij ons werkt") and news the parents or the team hear
/// only later ("morgen horen de ouders dat hun juf weggaat") are confidential; a colleague's partner who left or cheated is
/// family news (a personnel matter, or the colleague's personal data when the partner is the subject).
/// </summary>
public class ThirtyNinthPassLeadPatternTests
{
    private static bool Threat(string text) =>
        TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.HarmfulStatement, Severity.Block);

    [Theory]
    [InlineData("Wie nog één keer over mijn cijfers klaagt, die weet ik wel te vinden.")]
    [InlineData("Wie mijn fiets heeft meegenomen: die weten we heus wel te vinden.")]
    [InlineData("Die buurman weet ik thuis prima te vinden als hij zo doorgaat.")]
    [InlineData("Dat soort ouders weten we thuis ook wel te vinden.")]
    public void Check_SomeoneTheAuthorKnowsToFind_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("De bakker op de hoek? Die weet ik wel te vinden.")]
    [InlineData("Wie vragen heeft over de excursie: die weet me wel te vinden.")]
    [InlineData("Wie hulp nodig heeft bij het huiswerk, die weet ik thuis altijd te vinden, dank aan mijn dochter.")]
    [InlineData("De weg naar huis weet ik zelfs in het donker wel te vinden.")]
    public void Check_AShopARoadOrHelp_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("De inspecteur was lovend over ons leesonderwijs, maar het rapport wordt pas in februari gepubliceerd.")]
    [InlineData("De tevredenheidspeiling onder ouders is negatief over de directie; de uitslag komt pas na de vakantie uit.")]
    [InlineData("Ons predicaat is onvoldoende, maar dat is nog niet bekendgemaakt.")]
    [InlineData("De audit was kritisch over de financiën en dat wordt volgende maand bekendgemaakt.")]
    public void Check_AnOutsideJudgementsOutcomeBeforeItsRelease_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Het inspectierapport verschijnt pas in maart.")]
    [InlineData("Het rapport van de inspectie staat sinds gisteren online: een voldoende!")]
    [InlineData("Het rapport van groep 5 komt pas na de vakantie mee, de kinderen hebben het goed gedaan.")]
    [InlineData("Het nieuwe boek van Annie M.G. Schmidt komt pas in maart uit, de recensies zijn lovend.")]
    public void Check_ADateAPublishedResultOrAReportCard_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik zou die scheidsrechter het liefst een paar meppen verkopen.")]
    [InlineData("Ik geef die buurjongen morgen een flinke lel als hij weer op mijn auto zit.")]
    [InlineData("Ik ga die vervelende buurman eens een paar dreunen verkopen.")]
    [InlineData("Nog één keer zo'n appje en ik sta bij je op de stoep.")]
    [InlineData("Nog 1 keer en wij zijn bij jullie thuis, reken maar.")]
    public void Check_BlowsGivenOrTheAuthorAtTheDoorAfterACount_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("De inspectie gaf de school een flinke tik op de vingers.")]
    [InlineData("Bij tikkertje geef je de ander een tik en dan ben jij hem.")]
    [InlineData("Geef de juf maar een applaus en een klap op de schouder!")]
    [InlineData("Ik geef de bal nog één keer een flinke dreun en dan gaan we naar binnen.")]
    [InlineData("Nog één keer slapen en ik ben bij jou thuis, opa!")]
    [InlineData("Nog één nachtje en ik sta bij jullie aan de deur met de cadeautjes.")]
    public void Check_AReprimandAGameApplauseOrAVisitCountedInSleeps_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Raad eens wie er vanaf januari niet meer op onze school werkt? 🤫")]
    [InlineData("Ik verklap alvast wat: de conciërge werkt na de zomer niet meer bij ons.")]
    [InlineData("Volgende week horen de collega's dat de adjunct vertrekt, ik weet het al.")]
    [InlineData("Pas na de vakantie krijgen de ouders te horen dat groep 3 een nieuwe juf krijgt vanwege haar zwangerschapsverlof.")]
    public void Check_ALeavingTeasedOrNewsOthersHearLater_IsConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "jeroen.vos").SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("Mijn oude laptop werkt niet meer, raad eens wat ik heb gekocht!")]
    [InlineData("Mijn opa werkt al tien jaar niet meer, raad eens hoe oud hij is.")]
    [InlineData("Raad eens wie er jarig is? Juf Anja, die al twintig jaar bij ons werkt!")]
    [InlineData("Morgen horen de kinderen of ze de voorleeswedstrijd hebben gewonnen.")]
    [InlineData("Vandaag hoorden de ouders dat de juf met pensioen gaat; we hebben een mooi afscheid gepland.")]
    public void Check_ABrokenThingAPastStateOrNewsAlreadyTold_IsNoLeak(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "jeroen.vos").Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Meester Ruud zijn vriendin heeft hem na tien jaar verlaten, hij is er stil van.")]
    [InlineData("De man van onze conciërge is vreemdgegaan, dus ze heeft het zwaar.")]
    public void Check_AColleaguesPartnerWhoLeftOrCheated_IsBlockedAsFamilyNews(string text)
    {
        var result = TestChecker.PersonalByRules(text, "jeroen.vos");
        Assert.True(result.Has(Categories.Confidential, Severity.Block) || result.Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("De moed heeft hem verlaten toen hij de hoge duikplank zag.")]
    [InlineData("In het voorleesboek verlaat de prinses haar man voor een piraat.")]
    public void Check_AnIdiomOrAStory_IsNoFamilyNews(string text)
    {
        var result = TestChecker.PersonalByRules(text, "jeroen.vos");
        Assert.False(result.Has(Categories.Confidential) || result.Has(Categories.PersonalData), text);
    }
}
