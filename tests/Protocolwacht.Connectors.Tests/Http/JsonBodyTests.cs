using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Tests.Http;

public sealed class JsonBodyTests
{
    [Fact]
    public void String_OrdinaryBody_ReadsTheField()
    {
        Assert.Equal("109", JsonBody.String(JsonBody.Parse("""{"id":"109","url":"https://x.example/1"}"""), "id"));
    }

    // Found by the short fuzz pass (issue #16): a platform answer with an escaped lone surrogate made
    // GetString, and even TryGetProperty beside such a name, throw out of every connector.
    [Theory]
    [InlineData("""{"id":"\ud800"}""")]
    [InlineData("""{"id":"109","content":"x\udc00"}""")]
    [InlineData("""{"\udc00id":"x","id":"109"}""")]
    [InlineData("""{"data":[{"id":"1","text":"\udbff"}]}""")]
    public void Parse_StringThatIsNoText_IsAsUnreadableAsNoJson(string body)
    {
        var json = JsonBody.Parse(body);

        Assert.Null(json);
        Assert.Null(JsonBody.String(json, "id"));
        Assert.Empty(JsonBody.Array(json, "data"));
    }

    [Fact]
    public void Parse_ValidSurrogatePair_IsRead()
    {
        Assert.Equal("😀", JsonBody.String(JsonBody.Parse("""{"id":"\ud83d\ude00"}"""), "id"));
    }
}
