namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-ninth pass (hate35), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone (the whereabouts test
/// by the full check, as the learned second opinion raised that doubt): disguised group words (a five-letter chat plural,
/// a right-dislocated group without its comma); disgust and hatred said as a feeling or preference ("X maken me
/// misselijk", "ik kots van X", "een afkeer van X", "liever geen X in de klas", "doe mij maar geen X als buren");
/// dehumanisation by a process metaphor (a mass noun before "van X", verbs of vermin and weeds, breeding put before a
/// dislocated group); and the false stop of not knowing where a group lives.
/// </summary>
public class ThirtyNinthPassHate35PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "noor.peters").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Turkn horen hier niet.")]
    [InlineData("ze woekeren overal die roemenen")]
    [InlineData("Ze fokken als konijnen die m0slims.")]
    [InlineData("Ik wil geen M@rokkanen als buren.")]
    [InlineData("die t.u.r.k.e.n horen hier niet.")]
    public void Check_ADisguisedGroupWordInABlockingConstruction_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Turkn zijn super aardig.")]
    [InlineData("Ik hou van ze die Polen.")]
    [InlineData("Ik zag ze lopen bij die Polen.")]
    [InlineData("De polenta is lekker.")]
    [InlineData("Mijn turquoise jas is weg.")]
    [InlineData("De Polenstraat wordt opgeknapt.")]
    [InlineData("Ik heb een poolse buurvrouw en ze is super lief.")]
    public void Check_ADisguisedGroupWordSaidKindlyOrAnOrdinaryLookAlike_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslims maken me misselijk.")]
    [InlineData("Die Polen maken mij echt kotsmisselijk.")]
    [InlineData("Eritreeërs maakten ons gewoon ziek.")]
    [InlineData("Ik kots van moslims.")]
    [InlineData("Ik heb een afkeer van Afghanen.")]
    [InlineData("Ik voel walging voor Roemenen.")]
    [InlineData("ik walg echt van die polen, elke keer weer")]
    [InlineData("Ik walg zo enorm van Marokkanen.")]
    public void Check_DisgustSaidAsAFeelingAboutTheGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Dat eten maakt me misselijk.")]
    [InlineData("Die boten maken me misselijk.")]
    [InlineData("Turkse pizza maakt me misselijk.")]
    [InlineData("Die Turkse gerechten maken me misselijk.")]
    [InlineData("Polen maken me niet misselijk, racisten wel.")]
    [InlineData("Ik kots van spruitjes.")]
    [InlineData("Ik heb een afkeer van liegen.")]
    [InlineData("Ik kots van racisme tegen moslims.")]
    [InlineData("Ik heb een afkeer van pesten van homo's.")]
    public void Check_DisgustAboutAThingOrDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Liever geen zigeuners in de klas van mijn dochter.")]
    [InlineData("Liever geen Syriërs in onze straat.")]
    [InlineData("Ik heb liever geen Somaliërs in mijn team.")]
    [InlineData("Ik heb liever geen homo als juf.")]
    [InlineData("Doe mij maar geen Marokkanen als buren.")]
    public void Check_APreferenceThatKeepsTheGroupOut_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Liever geen suiker in de klas.")]
    [InlineData("Liever geen Turkse pizza, ik heb al gegeten.")]
    [InlineData("Doe mij maar geen Turkse pizza.")]
    [InlineData("Ik heb liever geen discussie over Syriërs hier.")]
    [InlineData("Ik wil graag een Marokkaanse collega.")]
    public void Check_APreferenceAboutThingsOrAKindOne_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Een plaag van Somaliërs in onze stad.")]
    [InlineData("Er komt een invasie van Syriërs aan.")]
    [InlineData("Een horde van jonge Marokkanen op het plein.")]
    [InlineData("Roemenen woekeren overal in onze wijk.")]
    [InlineData("Overal woekeren die Oost-Europeanen.")]
    [InlineData("Polen krioelen overal in onze straat.")]
    [InlineData("Het krioelt hier van de Marokkanen.")]
    [InlineData("Zigeuners zwermen over de markt.")]
    [InlineData("Ze vermenigvuldigen zich als konijnen, die Afrikanen.")]
    public void Check_TheGroupToldAsVerminOrADisaster_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De muggen zijn dit jaar echt een plaag.")]
    [InlineData("Een plaag van muggen bij de Turkse camping.")]
    [InlineData("De invasie van de Duitsers in 1940 was verschrikkelijk.")]
    [InlineData("Er was een lawine van reacties op het bericht over Syriërs.")]
    [InlineData("Het onkruid woekert overal in de schooltuin.")]
    [InlineData("Het onkruid woekert in de tuin van de Turkse buren.")]
    [InlineData("Het krioelt hier van de kinderen.")]
    [InlineData("De sprinkhanen zwermen over het veld.")]
    [InlineData("Die Polen woekeren niet, ze werken hard.")]
    [InlineData("Konijnen vermenigvuldigen zich razendsnel.")]
    public void Check_NatureNewsOrTheMetaphorDenied_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Geen idee waar die Syriërs wonen, ik ken ze niet.")]
    [InlineData("Ik weet niet waar die Polen nu zitten.")]
    [InlineData("Geen flauw idee waar de Afghanen gebleven zijn.")]
    public void Check_NotKnowingWhereTheGroupLives_IsAllowed(string text) =>
        Assert.Null(TestChecker.Personal(text, "noor.peters").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Ik weet waar die Syriërs wonen.")]
    [InlineData("Geen idee waar die Syriërs wonen, maar ze moeten weg.")]
    public void Check_KnowingWhereTheGroupLivesOrAThreatBeside_Blocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.Personal(text, "noor.peters").SeverityOf(Categories.HarmfulStatement));
}
