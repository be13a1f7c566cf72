namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twelfth pass (hate and threats), each with a contrast, in sentences written for this test
/// (not taken from a corpus), judged by the rules alone: a loss promised on an ultimatum ("nog één keer …, dan kun je …
/// wel vergeten"), "dan zal hij merken wat er gebeurt" after one; advice to withdraw a report or complaint with a
/// menacing "maar"; watching told as seen and followed by "denk daar maar over na"; "zonde als … iets overkwam" about a
/// person; knowing when the addressee's family comes out; a group with the strings in hand everywhere, of lower
/// origin, there to rip people off, called predators; insults by nouns such as "klungel"; and the allowed side: a
/// labelling others did ("hoe de nazi's … afschilderden als …") and a claim someone else made followed by the author's
/// reaction.
/// </summary>
public class TwelfthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Nog één keer zo'n actie, Sander, en dan kun je je bonus wel vergeten.")]
    [InlineData("Klaag nog eens bij de gemeente over mijn schutting en je kunt je vakantie op je buik schrijven.")]
    [InlineData("Zeg nog één woord over mijn zoon en dan hoef je hier nooit meer te komen tanken.")]
    [InlineData("Als je zo doorgaat, kun je fluiten naar je plek in het team.")]
    public void Check_LossPromisedOnAnUltimatum_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als je die bus mist, kun je fluiten naar je afspraak bij de kapper.")]
    [InlineData("Met deze regen kun je de barbecue van vanavond wel vergeten.")]
    [InlineData("Als je het formulier vandaag instuurt, hoef je volgende week niet meer te bellen.")]
    public void Check_LossWithoutAnUltimatum_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die oom van Sem moet het nog één keer wagen om mijn dochter uit te lachen. Dan zal hij merken wat er gebeurt.")]
    [InlineData("Als die buurvrouw nog eens over mijn heg klaagt, dan gaat ze zien wat er gebeurt.")]
    public void Check_WhatHappensAfterAnUltimatum_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Gooi een mentos in de cola, dan zul je zien wat er gebeurt.")]
    [InlineData("Laat het deeg een nacht staan en je gaat merken wat er gebeurt met de smaak.")]
    public void Check_WhatHappensInAnExperiment_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zou die aangifte tegen mijn broer maar snel intrekken, Nina.")]
    [InlineData("Als ik jou was zou ik dat bezwaar tegen onze dakkapel maar intrekken. Voor je eigen bestwil.")]
    public void Check_AdviceToWithdrawAFiling_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Als ik jou was zou ik die klacht bij de verzekeraar gewoon indienen.")]
    [InlineData("Ik zou mijn aangifte maar intrekken, de fiets is teruggevonden.")]
    public void Check_SincereAdviceAboutAFiling_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("We zagen je vrouw gisteren bij de kapper naar buiten komen, Erik. Denk daar maar eens over na.")]
    [InlineData("Ik weet precies hoe laat jouw dochter uit de muziekles komt, Rob.")]
    public void Check_WatchingToldAsSeen_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We zagen je vrouw gisteren bij de kapper, Erik! Ze zag er stralend uit.")]
    [InlineData("Weet jij hoe laat de bibliotheek zaterdag opengaat?")]
    public void Check_SeeingSomeoneFriendly_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Leuk zoontje heb je, Ilse. Zou jammer zijn als hem op de fiets iets overkwam.")]
    public void Check_PityIfSomethingHappenedToAChild_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Zou zonde zijn als die soep overblijft, neem gerust nog een kom.")]
    public void Check_PityAboutAThing_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Belgen hebben overal de touwtjes in handen, kijk maar naar onze havens.")]
    [InlineData("Hindoes houden stiekem alle macht in handen in die wijk.")]
    [InlineData("Marokkanen zijn van lagere afkomst, dat blijf je zien.")]
    [InlineData("Die Albanezen zitten hier alleen maar om toeristen af te zetten.")]
    [InlineData("Christenen zijn net jakhalzen, ze azen op elke subsidie.")]
    public void Check_GroupResentmentAndPredators_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Steeds vaker hebben vrouwen de touwtjes in handen in het bedrijfsleven.")]
    [InlineData("Veel Surinaamse Nederlanders zijn van Hindoestaanse afkomst.")]
    [InlineData("Ik heb honger als een wolf na die wandeling door de duinen.")]
    [InlineData("In de klas lazen we hoe de propaganda Roma afschilderde als dieven, en waarom dat zo gevaarlijk was.")]
    public void Check_GroupNewsAndIdioms_AreNotHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die klungel van een monteur heeft mijn auto nog slechter gemaakt.")]
    [InlineData("Wat een knoeier van een schilder, overal vlekken.")]
    public void Check_InsultNounOfAPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wat een kanjer van een buurjongen, hij heeft onze hele stoep sneeuwvrij gemaakt.")]
    public void Check_PraiseNounOfAPerson_IsNotAnInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Een man riep in de supermarkt dat Turken allemaal profiteurs zijn. Niemand reageerde. Ik heb hem gezegd dat hij moest ophouden.")]
    [InlineData("'Homo's zijn ziek', zei mijn oom op het kerstdiner. Ik ben meteen opgestaan.")]
    public void Check_ClaimSomeoneElseMadeFollowedByAReaction_IsNotHate(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Een man riep in de supermarkt dat Turken allemaal profiteurs zijn. Hij heeft groot gelijk.")]
    [InlineData("'Homo's zijn ziek', zei mijn oom op het kerstdiner. Klopt precies.")]
    public void Check_ClaimSomeoneElseMadeAndTheAuthorAgrees_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));
}
