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
}
