namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The author promising to break a part of someone else's body (stop 36, found when the retrained second opinion no
/// longer doubted such a threat the rules let through), in sentences written for this test, judged by the rules alone;
/// and the accidents, the author's own body and the figurative heart that stay allowed.
/// </summary>
public class BonesBrokenThreatTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Ik breek je benen als je nog eens aan mijn fiets komt.")]
    [InlineData("Als die jongen nog één keer mijn auto bekrast, breek ik zijn vingers.")]
    [InlineData("Nog één keer aan mijn dochter zitten en ik breek persoonlijk zijn kaak.")]
    public void Check_AuthorBreaksSomeonesBones_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik brak vorig jaar mijn arm op de ijsbaan.")]
    [InlineData("Pas op met die trap, straks breek je je nek nog.")]
    [InlineData("Ik breek mijn enkel nog eens op dat ijs.")]
    [InlineData("Ik breek je hart niet, beloofd.")]
    [InlineData("Als hij zo doorfietst, breekt hij zijn nek nog.")]
    public void Check_AccidentOwnBodyOrFigurative_IsNoThreat(string text) => Assert.Null(Harm(text));
}
