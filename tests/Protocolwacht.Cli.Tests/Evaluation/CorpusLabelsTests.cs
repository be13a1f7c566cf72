using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Cli.Tests.Evaluation;

public class CorpusLabelsTests
{
    [Fact]
    public void Parse_LabelledLine_ReadsVerdictCategoriesAndAdvice()
    {
        var labels = CorpusLabels.Parse("""{"id":"x","text":"t","expected":{"verdict":"block","categories":["profanity","logo"]},"advice":["capacity"]}""", out var error);

        Assert.Null(error);
        Assert.NotNull(labels);
        Assert.Equal(Verdict.Block, labels.Verdict);
        Assert.True(labels.Categories.SetEquals(["profanity", "logo"]));
        Assert.True(labels.Advice.SetEquals(["capacity"]));
    }

    [Fact]
    public void Parse_AdviceAbsent_MeansNone()
    {
        var labels = CorpusLabels.Parse("""{"expected":{"verdict":"allow","categories":[]}}""", out _);

        Assert.NotNull(labels);
        Assert.Empty(labels.Advice);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhereInDutch_WithoutTheParsersEnglish()
    {
        // Until stop 45 the reason quoted System.Text.Json: "geen geldige JSON (Expected depth to be zero at the end …)".
        var labels = CorpusLabels.Parse("""{"expected":{"verdict":"allow",,"categories":[]}}""", out var error);

        Assert.Null(labels);
        Assert.Equal("geen geldige JSON bij teken 32", error);
    }

    [Theory]
    [InlineData("""{"id":"x","text":"t"}""", "expected")]
    [InlineData("""{"expected":{"verdict":"maybe","categories":[]}}""", "verdict")]
    [InlineData("""{"expected":{"verdict":"allow","categories":"profanity"}}""", "categories")]
    [InlineData("""{"expected":""", "JSON")]
    [InlineData("""{"expected":{"verdict":"\ud800","categories":[]}}""", "surrogaat")]
    [InlineData("""{"expected":{"verdict":"allow","categories":["\udc00"]}}""", "surrogaat")]
    [InlineData("""{"expected":{"verdict":"allow","categories":[]},"advice":["x\ud800"]}""", "surrogaat")]
    public void Parse_BadLabels_ReturnsNullWithDutchReason(string line, string mentioned)
    {
        var labels = CorpusLabels.Parse(line, out var error);

        Assert.Null(labels);
        Assert.Contains(mentioned, error, StringComparison.Ordinal);
    }
}
