using System.Text.Json;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Checks.Tests.Batch;

/// <summary>
/// <see cref="CheckRequestReader"/> reads an ordinary batch line without the serialiser's metadata. It must give exactly
/// the object the serialiser gives (compared as the serialiser writes both), read every line of the corpora itself, and
/// leave to the serialiser every line it does not read as that would (null), so errors are worded as before.
/// </summary>
public class CheckRequestReaderTests
{
    [Fact]
    public void EveryCorpusLine_IsReadByTheReader_AsTheSerialiserReadsIt()
    {
        var read = 0;
        var differences = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl"))
        {
            // The lead's held-out batch of this stop stays unseen.
            if (Path.GetFileName(file) == "fresh35-lead-heldout.jsonl")
            {
                continue;
            }

            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                read++;
                var mine = CheckRequestReader.TryRead(line);
                if (mine is null || Written(mine) != Written(Serialiser(line)))
                {
                    differences.Add($"{Path.GetFileName(file)}: {line}");
                }
            }
        }

        Assert.True(read > 8_000, $"{read} lines");
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("""{"id":"t-1","text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"text":"Hallo","account":{"kind":"personal","extra":[1,{"a":null}]},"expected":{"verdict":"allow"},"advice":[]}""")]
    [InlineData("""{"id":null,"text":null,"account":null,"author":null,"reply_to":null,"attachments":null}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"school","school":"De Regenboog","channel":"facebook"},"author":"m.jansen"}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[null]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"kind":"photo","description":"Kinderen op het plein","source":"own","permission":true,"depicts":["noah.bos",null],"unidentified_people":3,"logo":true}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"permission":false,"unidentified_people":-2,"logo":false},{"permission":null,"depicts":null},{}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"reply_to":{"role":"parent","name":"Ellen","text":"Hoi","x":2}}""")]
    [InlineData("""{"\u0069d":"x","text":"caf\u00e9 \ud83d\ude00 \"quote\" \\ \n","account":{"kind":"personal"}}""")]
    [InlineData("""  {"id":"x","text":"a","account":{"kind":"personal"}}  """)]
    [InlineData("""{"ID":"x","Text":"a","account":{"kind":"personal"}}""")]
    public void OrdinaryLines_AreReadAsTheSerialiserReadsThem(string line)
    {
        var mine = CheckRequestReader.TryRead(line);

        Assert.NotNull(mine);
        Assert.Equal(Written(Serialiser(line)), Written(mine));
    }

    [Theory]
    [InlineData("""{"id":7,"text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"a","id":"b","text":"Hallo","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal","kind":"school"}}""")]
    [InlineData("""{"id":"x","text":5,"account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":"personal"}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":{}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"permission":"ja"}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"logo":null}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"unidentified_people":1.5}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"unidentified_people":1e400}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"unidentified_people":null}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[{"depicts":[1]}]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"attachments":[5]}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},"reply_to":[]}""")]
    [InlineData("""{"id":"\ud800","text":"a","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"},}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"}} extra""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"}}{}""")]
    [InlineData("""{"id":"x",/* c */"text":"a","account":{"kind":"personal"}}""")]
    [InlineData("""{"id":"x","text":"a","account":{"kind":"personal"}""")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("\"tekst\"")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("\uFEFF{\"id\":\"x\",\"text\":\"a\",\"account\":{\"kind\":\"personal\"}}")]
    public void UnusualLines_AreLeftToTheSerialiser(string line)
    {
        Assert.Null(CheckRequestReader.TryRead(line));
    }

    [Fact]
    public void ALoneSurrogateInTheLineItself_IsLeftToTheSerialiser()
    {
        // Built at run time: an attribute's string cannot hold a lone surrogate (it is stored as UTF-8).
        var line = "{\"id\":\"x\",\"text\":\"a" + (char)0xD800 + "\",\"account\":{\"kind\":\"personal\"}}";

        Assert.Null(CheckRequestReader.TryRead(line));
        Assert.Null(CheckRequestReader.TryRead(line.Replace((char)0xD800, (char)0xDC00)));
        Assert.NotNull(CheckRequestReader.TryRead(line.Replace((char)0xD800, 'b')));
    }

    private static CheckRequestJson? Serialiser(string line) =>
        JsonSerializer.Deserialize(line, CheckJsonContext.Default.CheckRequestJson);

    private static string Written(CheckRequestJson? request) =>
        JsonSerializer.Serialize(request, CheckJsonContext.Default.CheckRequestJson);
}
