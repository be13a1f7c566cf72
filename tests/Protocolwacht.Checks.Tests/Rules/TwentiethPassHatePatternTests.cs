namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's twentieth pass (rules16), each pattern in at least five sentences written for this test in
/// other words than the batches (other verbs, word order, person, tense, a demonstrative instead of a possessive), with
/// the allowed side beside it, judged by the rules alone: a last warning counted out with its consequence, idioms of
/// surprise harm, knowing where someone goes with a warning after it, waiting told in the past with a repeat promised,
/// another's thing that will look different or not last, or meet an "accident", and insult nouns of overdoing.
/// </summary>
public class TwentiethPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Nog één keer zo'n toon tegen mijn zoon en jij ligt in de vijver.")]
    [InlineData("Eén berichtje meer van die meester en zijn fiets belandt in de gracht.")]
    [InlineData("Nog een keer zeuren over het rooster en je scooter staat in het kanaal.")]
    [InlineData("Nog één grap over mijn vrouw en jouw laptop is kapot.")]
    [InlineData("Eén foto meer van mijn kind online en die vader eindigt in de sloot.")]
    public void Check_LastWarningWithAConsequence_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Nog één keer oefenen en dan zit het dictee erin.")]
    [InlineData("Eén punt meer en je had de tien gehaald, Tim.")]
    [InlineData("Nog één rondje langs de gracht en dan gaan we terug naar school.")]
    [InlineData("Nog één week en de nieuwe laptops zijn er.")]
    [InlineData("Nog één keer en dan ligt het oude speeltoestel in de container, het nieuwe komt maandag.")]
    public void Check_CountdownWithoutAConsequence_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die scheidsrechter weet zondag niet wat hem overkomt.")]
    [InlineData("Wacht maar, die buren weten straks niet wat hun overkomt.")]
    [InlineData("Die invalkracht zal er nog van lusten.")]
    [InlineData("Daar krijgt die buurman nog spijt van.")]
    [InlineData("Jij gaat hier spijt van krijgen, dat garandeer ik.")]
    public void Check_SurpriseHarmIdiom_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet niet wat me overkomt, wat een lieve kaart van de klas!")]
    [InlineData("Mijn collega's weten niet wat hen overkomt: morgen staat er taart in de teamkamer.")]
    [InlineData("Neem die tweedehands auto niet, je krijgt er spijt van.")]
    [InlineData("Ik kreeg er meteen spijt van dat ik nee had gezegd.")]
    [InlineData("Die kinderen lusten geen spruitjes.")]
    public void Check_SurpriseOrRegretAsNewsOrAdvice_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet op welke dagen jij in de sportschool bent. Pas maar op.")]
    [InlineData("Wij weten precies waar jij je auto neerzet, dus kijk maar uit.")]
    [InlineData("Ik ken de route die die juf elke ochtend fietst. Ze moet maar goed uitkijken.")]
    [InlineData("Ik weet hoe laat jij je hond uitlaat; wees maar voorzichtig.")]
    [InlineData("We weten bij welke bakker u uw brood koopt. Let maar goed op.")]
    public void Check_KnowingWhereSomeoneGoesWithAWarning_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet waar jij altijd parkeert: pas op, daar ligt vandaag ijzel.")]
    [InlineData("Ik weet bij welke bakker jij je brood haalt, neem je voor mij ook een krentenbol mee?")]
    [InlineData("Ik ken het rondje dat jij fietst, mag ik zaterdag mee?")]
    [InlineData("Ik weet hoe laat jij klaar bent; ik haal je op bij het station.")]
    [InlineData("Kijk maar goed uit bij het fietsen, er ligt veel blad op de weg.")]
    public void Check_KnowingWhereSomeoneGoesWithoutAWarning_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik zat gisteravond al bij je flat op je te wachten. De volgende keer kom je niet weg.")]
    [InlineData("We stonden die scheidsrechter zondag al op te wachten, volgende keer is hij niet zo snel.")]
    [InlineData("Ik heb vorige week bij het hek op je staan wachten; volgende keer ben ik er weer.")]
    [InlineData("Mijn neven wachtten hem gisteren op bij de kantine, volgende keer loopt het anders af.")]
    [InlineData("Ik stond je gisteren op te wachten bij de bushalte. Volgende keer ontsnap je niet.")]
    public void Check_WaitingToldWithARepeat_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik stond gisteren bij het station op je te wachten, volgende keer spreken we een vaste tijd af.")]
    [InlineData("Ik zat een uur op je te wachten bij de tandarts, volgende keer neem ik een boek mee.")]
    [InlineData("Ik stond je op te wachten bij de finish. Volgende keer loop ik weer mee!")]
    [InlineData("Mijn moeder stond je gisteren op te wachten bij school, volgende keer kom ik zelf.")]
    [InlineData("We stonden je gisteren op te wachten bij het hek, de volgende keer bel ik eerst even.")]
    public void Check_WaitingToldWithAPlan_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die schuur van jullie ziet er na vanavond heel anders uit.")]
    [InlineData("Jouw auto ziet er zaterdag niet meer zo glimmend uit, let maar op.")]
    [InlineData("Niet lang meer plezier van die boot van jou, dat beloof ik je.")]
    [InlineData("Ik laat zomaar eens een steen door die voorruit van hem vliegen.")]
    [InlineData("Die scooter van die buurman vliegt per ongeluk in brand als hij zo doorgaat.")]
    public void Check_PropertyFateHinted_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Jouw tuin ziet er na de verbouwing anders uit.")]
    [InlineData("Lang zal je niet meer genieten van die oude printer, er komt een nieuwe.")]
    [InlineData("Per ongeluk viel jouw fiets om, sorry, ik heb hem weer rechtgezet.")]
    [InlineData("Ik ga zomaar eens jouw auto wassen!")]
    [InlineData("Van je nieuwe fiets zul je nog lang plezier hebben, veel rijplezier!")]
    public void Check_PropertyChangedOrEnjoyed_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die moeder van Finn is een ongelooflijke aansteller.")]
    [InlineData("Wat een zuipschuit is die vader van Mila.")]
    [InlineData("Die nieuwe buurman is een drankorgel.")]
    [InlineData("Zatlappen zijn het, die Schotten.")]
    [InlineData("Meester Ruud is een aansteller.")]
    public void Check_InsultNounOfOverdoing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik ben een aansteller als het om spinnen gaat.")]
    [InlineData("Noem mij maar een aansteller, ik blijf thuis met koorts.")]
    public void Check_SelfMockeryWithAnInsultNoun_IsNoInsult(string text) => Assert.Null(Harm(text));
}
