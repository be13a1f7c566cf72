using System.Text;
using Protocolwacht.Imports.Json;

namespace Protocolwacht.Imports.Tests.Json;

public class JsonArrayStreamTests
{
    [Fact]
    public void Read_ManyElementsAcrossBufferRefills_KeepsIndexesAndLines()
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",\n").Append("{ \"n\": ").Append(i).Append(", \"tekst\": \"").Append('x', i % 50).Append("\" }");
        }

        json.Append("\n]");

        var entries = JsonArrayStream.Read(new SlowStream(Encoding.UTF8.GetBytes(json.ToString())), JsonArraySource.RootArray("a.json")).Select(e => (e.Index, e.Line, N: e.Element.GetProperty("n").GetInt32())).ToList();

        Assert.Equal(5000, entries.Count);
        Assert.All(entries, e => Assert.Equal((e.Index, e.Index + 2), (e.N, e.Line)));
    }

    [Fact]
    public void Read_ElementLargerThanTheBuffer_IsReadWhole()
    {
        var big = new string('é', 200_000);
        var json = $"[{{\"tekst\":\"{big}\"}},{{\"tekst\":\"klein\"}}]";

        var texts = JsonArrayStream.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), JsonArraySource.RootArray("a.json")).Select(e => e.Element.GetProperty("tekst").GetString()).ToList();

        Assert.Equal([big, "klein"], texts);
    }

    [Fact]
    public void Read_SyntaxErrorLaterInTheFile_YieldsTheGoodElementsThenOneIssueWithLineAndColumn()
    {
        const string json = "[\n{\"a\":1},\n{\"a\":2},\n{\"a\": x}\n]";

        var entries = JsonArrayStream.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), JsonArraySource.RootArray("a.json")).ToList();

        Assert.Equal(3, entries.Count);
        var issue = entries[2].Issue!;
        Assert.Equal((4, 7), (issue.Line!.Value, issue.Column!.Value));
        Assert.StartsWith("Het bestand is geen geldige JSON", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        var issue = Assert.Single(JsonArrayStream.Read(new MemoryStream(), JsonArraySource.RootArray("a.json"))).Issue!;

        Assert.Equal("Het bestand is leeg.", issue.Message);
    }

    /// <summary>Returns at most 7 bytes per read, so every element crosses buffer boundaries the way a slow upload does.</summary>
    private sealed class SlowStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public void Read_StringThatIsNoText_IsAnIssueForThatElementAndTheNextIsRead(byte[] inside)
    {
        // Found by the short fuzz pass (issue #16): GetString threw InvalidOperationException out of the readers.
        byte[] json = [.. "[{\"tekst\":\"a"u8, .. inside, .. "\"},\n{\"tekst\":\"b\"}]"u8];

        // Each element lives only while the stream is on it, so read what matters as it passes.
        var entries = JsonArrayStream.Read(new MemoryStream(json), JsonArraySource.RootArray("a.json"))
            .Select(e => (e.Issue, Text: e.Issue is null ? e.Element.GetProperty("tekst").GetString() : null)).ToList();

        Assert.Equal(2, entries.Count);
        Assert.Contains("UTF-8", entries[0].Issue!.Message, StringComparison.Ordinal);
        Assert.Equal(1, entries[0].Issue!.Line);
        Assert.Null(entries[1].Issue);
        Assert.Equal("b", entries[1].Text);
    }

    [Fact]
    public void Read_CommentInsideAnElement_IsSkippedAsBetweenElements()
    {
        // Found by the short fuzz pass (issue #16): the element's own parse did not allow the comment the stream had allowed.
        var json = "[ // eerste\n{ \"tekst\": /* x */ \"a\" }]";

        var texts = JsonArrayStream.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), JsonArraySource.RootArray("a.json")).Select(e => e.Element.GetProperty("tekst").GetString()).ToList();

        Assert.Equal(["a"], texts);
    }
}
