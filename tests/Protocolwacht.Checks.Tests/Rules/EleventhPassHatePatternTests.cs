namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's eleventh pass (hate and threats), each with a contrast, in sentences written for this test
/// (not taken from a corpus), judged by the rules alone: consequences hinted and left untold ("weet je wat er gebeurt
/// met …"); a warning to someone against care about a thing; the addressee's family watched at a known time; a
/// menacing emoji beside someone's home or an address; harm promised as what is left (an ability reduced, property
/// that will not stay whole, a fire that would be a pity); a group said to run or control things, to be there to
/// defraud, to be a dead weight or of a lower kind; a disease someone has is the illness; counter-speech that quotes
/// a generalisation to reject it.
/// </summary>
public class EleventhPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Weet jij wat er gebeurt met mensen die over mij roddelen? Daar kom je snel genoeg achter.")]
    [InlineData("Als je nog één keer aan mijn schuur komt, weet je wat er gebeurt.")]
    [InlineData("Jullie weten wat er gebeurt met types zoals jullie.")]
    public void Check_ConsequencesHintedAndUntold_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Weet je wat er gebeurt als je ijs in de zon laat staan? Het smelt binnen tien minuten.")]
    [InlineData("Weet je wat er gebeurt met planten zonder licht: ze verwelken.")]
    [InlineData("Als je de stekker eruit trekt, weet je wat er gebeurt: de pomp stopt.")]
    public void Check_WhatHappensExplained_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Pas maar op voor mij, jongen.")]
    [InlineData("Die buurman moet maar eens goed oppassen met wat hij zegt.")]
    [InlineData("Pas maar op jij, ik vergeet niks.")]
    public void Check_WarningToSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Pas maar op met de hete pan, hij komt net van het vuur.")]
    [InlineData("Kijk maar uit bij de rotonde, daar is het glad.")]
    [InlineData("Pas maar op voor de brandnetels achter het hek.")]
    public void Check_CareAboutAThing_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Je vrouw doet op zaterdag altijd boodschappen bij de markt, hè?")]
    [InlineData("Jullie kinderen fietsen elke ochtend langs het kanaal, toch?")]
    [InlineData("Jouw dochter traint iedere dinsdag bij de hockeyclub, hè?")]
    public void Check_FamilyWatchedAtAKnownTime_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Je broer komt zondag ook naar de barbecue, toch?")]
    [InlineData("Je dochter zwemt toch ook elke zaterdag? Dan kunnen ze samen!")]
    [InlineData("Mijn dochter heeft elke woensdag zwemles, toch leuk?")]
    public void Check_FamilyMentionedWithoutWatching_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik sta straks bij je thuis 😈")]
    [InlineData("Dorpsstraat 21 😈😈")]
    [InlineData("Wij weten heus waar je woont 🔪")]
    public void Check_MenacingEmojiBesideAHome_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Eindelijk thuis na een lange week 😈 tijd voor pizza.")]
    [InlineData("Lekker thuis koken vanavond 🔪🧅")]
    [InlineData("Welkom in je nieuwe huis, buurvrouw! 🎉")]
    public void Check_EmojiOrHomeAlone_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als hij nog eens aan mijn dochter komt, kan hij daarna alleen nog vloeibaar eten.")]
    [InlineData("Die jongen mag blij zijn als hij na zaterdag nog kan lopen.")]
    [InlineData("Je brommer blijft niet lang meer heel, let maar op.")]
    [InlineData("Je ramen zijn er niet lang meer, reken maar.")]
    [InlineData("Mooi huisje heb je daar. Zou jammer zijn als het afbrandt.")]
    public void Check_HarmPromisedAsWhatIsLeft_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de val van de trap kan opa alleen nog met een rollator lopen.")]
    [InlineData("Onze oude schuur blijft niet lang meer overeind, de sloper komt maandag.")]
    [InlineData("Mijn opa mag blij zijn als hij na zijn operatie nog kan lopen.")]
    [InlineData("Zonde van de bossen: als de brand zo doorgaat is alles weg.")]
    public void Check_LossTold_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die Marokkanen hebben het hier voor het zeggen, wij worden niet meer gehoord.")]
    [InlineData("Moslims bepalen tegenwoordig alles in de politiek.")]
    [InlineData("Joden trekken aan alle touwtjes in de wereld.")]
    [InlineData("Vrouwen hebben veel te veel te zeggen op de zaak.")]
    public void Check_GroupSaidToRunThings_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Vrouwen hebben het voor het zeggen in onze tennisclub en het gaat prima.")]
    [InlineData("Jongeren hebben in de jeugdraad veel te zeggen over het nieuwe speelveld.")]
    [InlineData("Moslims bepalen zelf wanneer de ramadan begint.")]
    public void Check_GroupWithASay_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Polen komen hier alleen om mensen op te lichten.")]
    [InlineData("Roemenen zijn hier alleen om in te breken.")]
    public void Check_GroupThereToDefraud_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die agenten zijn hier alleen om inbrekers op te pakken.")]
    [InlineData("Syriërs komen hier om veilig op te groeien.")]
    public void Check_PurposeWithoutCrime_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Asielzoekers zijn een blok aan het been van de gemeente.")]
    [InlineData("Gehandicapten zijn een schadepost voor de zorg.")]
    [InlineData("Turken zijn een inferieur volk.")]
    [InlineData("Koerden staan lager dan wij.")]
    [InlineData("Somaliërs zijn een lager ras.")]
    public void Check_GroupADeadWeightOrLower_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Die oude caravan is een blok aan het been.")]
    [InlineData("Vluchtelingen zijn geen blok aan het been maar een verrijking.")]
    [InlineData("In de koloniale tijd werden Javanen door de Nederlanders als een lager ras behandeld.")]
    [InlineData("Vrouwen verdienen nog altijd minder dan mannen, dat moet veranderen.")]
    public void Check_WeightOrRankNotSaidOfAGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Mijn oom heeft kanker, we zijn er stil van.")]
    [InlineData("Onze buurman had vroeger tering, vertelde hij.")]
    [InlineData("Mijn nichtje heeft tyfus opgelopen in Indonesië.")]
    [InlineData("Mijn vader overleefde kanker, mijn moeder tering.")]
    public void Check_DiseaseSomeoneHas_IsNoProfanity(string text) => Assert.Null(Profanity(text));

    [Theory]
    [InlineData("Kanker, wat heeft die vent een herrie gemaakt.")]
    [InlineData("Krijg de tyfus, jij.")]
    [InlineData("Wat een tyfusweer heeft het vandaag.")]
    public void Check_DiseaseAsCurse_StaysProfanity(string text) => Assert.Equal(Severity.Block, Profanity(text));

    [Theory]
    [InlineData("'Eens een Turk, altijd een Turk' — wat een onzin.")]
    [InlineData("'Homo's zijn ziek' las ik onder een filmpje. Wat een flauwekul.")]
    [InlineData("'Een Turk blijft een Turk' hoorde ik bij de kapper. Ik zei niks meer. Zoiets zeg je niet.")]
    public void Check_GeneralisationQuotedToRejectIt_IsNoHate(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_GeneralisationSaid_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Eens een Somaliër, altijd een Somaliër, zo is het gewoon."));
}
