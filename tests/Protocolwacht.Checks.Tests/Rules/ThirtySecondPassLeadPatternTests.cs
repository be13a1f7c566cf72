namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 51, judged by the rules alone, in sentences written for this test (found by
/// fresh38-lead-heldout): an animal named before the copula is what the sentence is about ("Die kat van ons is een echte
/// dief" was blocked as an insult: the demonstrative "die" counted as a person pronoun, and only the dehumanising
/// animals stopped the search for the subject); a person before the copula still takes the insult.
/// </summary>
public class ThirtySecondPassLeadPatternTests
{
    [Theory]
    [InlineData("Die kat van ons is een echte dief.")]
    [InlineData("Die ekster is een echte dief, alle glimmende dingen verdwijnen.")]
    [InlineData("Die kater van de buren is een echte boef.")]
    [InlineData("Die eekhoorn is een dief, de voederplank is weer leeg.")]
    [InlineData("Die kraai is een echte dief, hij nam mijn handschoen mee.")]
    public void Check_AnAnimalAsTheSubject_TakesNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die vent is een echte dief.")]
    [InlineData("Die jongen van de overkant is een echte boef.")]
    [InlineData("Die buurman is een dief.")]
    [InlineData("Die collega is een echte dief, mijn lunch is weer weg.")]
    [InlineData("Die kerel met zijn kat is een echte dief.")]
    public void Check_APersonAsTheSubject_StillTakesTheInsult(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));
}
