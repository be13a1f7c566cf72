using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Organisation;

/// <summary>
/// The organisation file builds its line index only when it may hold an undecodable string or has an error; the
/// scan that decides must never say no to a text the index would find an undecodable string in.
/// </summary>
public sealed class JsonLineIndexTests
{
    [Theory]
    [InlineData("{\"a\": \"\\ud800\"}")]
    [InlineData("{\"a\": \"x\\uDBFF\"}")]
    [InlineData("{\"\\udc00\": 1}")]
    [InlineData("{\"a\": \"\\uDfFf\"}")]
    public void MayHoldUndecodableText_AnEscapedSurrogate_SaysYesAndTheIndexFindsIt(string json)
    {
        Assert.True(JsonLineIndex.MayHoldUndecodableText(json));
        Assert.NotNull(JsonLineIndex.Build(json).Undecodable);
    }

    [Theory]
    [InlineData("{\"a\": \"school\"}")]
    [InlineData("{\"a\": \"\\u00e9\\ud7ff\\ue000\"}")]
    [InlineData("{\"a\": \"\\\\\"}")]
    [InlineData("{\"a\": \"\\u")]
    public void MayHoldUndecodableText_NoEscapedSurrogate_SaysNo(string json) =>
        Assert.False(JsonLineIndex.MayHoldUndecodableText(json));

    [Fact]
    public void Parse_AnErrorInAFileWithoutEscapes_StillNamesItsLine()
    {
        const string json = "{\n  \"board\": {\"id\": \"b\", \"name\": \"B\"},\n  \"schools\": [],\n  \"staff\": [\n    {\"id\": \"x\", \"name\": \"X\", \"role\": \"baas\"}\n  ]\n}";
        Assert.False(JsonLineIndex.MayHoldUndecodableText(json));

        var result = OrganisationFile.Parse(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("staff[0].role", 5), (error.Path, error.Line));
    }
}
