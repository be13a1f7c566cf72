using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The generated form table gave a verb with one vowel letter before its last consonant the forms of the verb written
/// with that consonant doubled: stelen had stel, stelt, stelde and stelden (stellen's), lezen had les and lest, hopen had
/// hop and hopt, kopen had kopt. The candidates' short stem (stel) also stands for komen → kom, so it counted as the
/// lemma's whenever the stemmer led a candidate to it; now it does not when the dictionary has the doubled verb
/// (stellen, lessen, hoppen). "De kinderen stelden goede vragen" beside a group read as a group stealing.
/// </summary>
public class ShortVerbStemTests
{
    [Theory]
    [InlineData("stelen", "stelden")]
    [InlineData("stelen", "stelt")]
    [InlineData("lezen", "les")]
    [InlineData("hopen", "hopt")]
    [InlineData("kopen", "kopte")]
    [InlineData("spelen", "spel")]
    public void AVerbWithOneVowelLetter_DoesNotTakeTheDoubledVerbsForms(string lemma, string notForm) =>
        Assert.DoesNotContain(notForm, Morphology.FormsOf(lemma));

    [Theory]
    [InlineData("stelen", "steelt")]
    [InlineData("lezen", "leest")]
    [InlineData("hopen", "hoopte")]
    [InlineData("spelen", "speelden")]
    [InlineData("komen", "komt")]
    public void AVerbWithOneVowelLetter_KeepsItsOwnForms(string lemma, string form) =>
        Assert.Contains(form, Morphology.FormsOf(lemma));
}
