using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Protocolwacht.Checks.Tests.Normalisation;

/// <summary>The folding gaps of issue 9: mixed scripts, other digits, mixed case with hyphens, dots inside a compound.</summary>
public class FoldingGapTests
{
    [Theory]
    [InlineData("Wat een kут dag.")] // Cyrillic у and т inside a Latin word
    [InlineData("Wat een κut dag.")] // Greek kappa
    [InlineData("GoD-VeR-DoMMe wat een dag.")]
    [InlineData("Wat een k.u.t.w.e.e.r vandaag.")]
    [InlineData("Wat een kl0te-ochtend.")]
    [InlineData("Die k*tclown weer.")]
    public void Check_DisguisedCurse_IsProfanity(string text) =>
        Assert.True(TestChecker.Personal(text, "kees.dekker").Has(Categories.Profanity), text);

    [Theory]
    [InlineData("BSN leerling: ٢٣٥١٩١٧١١")] // Arabic-Indic digits
    [InlineData("BSN leerling: ２３５１９１７１１")] // full-width digits
    [InlineData("Bel me op ٠٦١٢٣٤٥٦٧٨")]
    public void Check_NumberInDigitsOfAnotherScript_IsPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.School(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("Vakantie in Kutaisi, de tweede stad van Georgië.")]
    [InlineData("We fietsten langs Kuttekoven naar Tongeren.")]
    [InlineData("Morgen sponsorloop voor KWF Kankerbestrijding.")]
    [InlineData("De nieuwe kleren voor de musical zijn binnen.")]
    [InlineData("Shiitake en champignons in de soep.")]
    public void Check_WordThatOnlyContainsACurse_IsNoProfanity(string text) =>
        Assert.False(TestChecker.Personal(text, "kees.dekker").Has(Categories.Profanity), text);

    [Property(MaxTest = 300)]
    public Property Check_MixedScriptsDigitsAndHyphens_NeverThrow()
    {
        var pieces = Gen.Elements("kут", "κut", "GoD-VeR-", "DoMMe", "٢٣٥", "１９１", "k*t", "k.u.t", "-", ".", "Kutaisi", "kanker", "turken", "zijn", "ratten", "niet", "'", "\u0301", "\u200D", "😂", "🤡");
        var texts = Gen.ArrayOf(pieces).Select(a => string.Concat(a));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = TestChecker.Personal(text);
            return result.Findings.All(f => f.Start is null || (f.Start >= 0 && f.End <= text.Length && f.Start <= f.End));
        });
    }
}
