namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>Hate as a feeling aimed at a group, and humanity or life denied (issue 9, third pass), with their contrasts.</summary>
public class HateFeelingTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Ik haat Somaliërs.")]
    [InlineData("Ik walg van homo's.")]
    [InlineData("Ik heb echt een pesthekel aan moslims.")]
    [InlineData("Ik kan die Polen echt niet uitstaan.")]
    [InlineData("Vluchtelingen zijn geen echte mensen.")]
    [InlineData("Zigeuners verdienen het niet om te leven.")]
    [InlineData("Ik heb niks tegen Roemenen, zolang ze maar ver weg blijven.")]
    public void Check_FeelingOrDenialAimedAtAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik haat het als mensen Somaliërs uitschelden.")] // the feeling is aimed at the abuse
    [InlineData("Ik haat moslims niet, ik ken er juist veel.")]
    [InlineData("Vluchtelingen zijn mensen zoals wij.")]
    [InlineData("Het is niet oké om homo's ongedierte te noemen.")] // denouncing hate
    [InlineData("Vrouwen leven gemiddeld langer dan mannen.")]
    public void Check_SameWordsWithoutHate_AreNotBlocked(string text) => Assert.NotEqual(Severity.Block, Harm(text));
}
