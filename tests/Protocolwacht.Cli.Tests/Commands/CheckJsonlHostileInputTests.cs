using System.Text;
using System.Text.Json;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// The batch of issue #16 through the real command: unreadable lines among good ones, as bytes in a
/// file (so invalid UTF-8 is really invalid), and every input line still gets its own answer.
/// </summary>
public class CheckJsonlHostileInputTests
{
    private const string Good = """{"id":"ok","text":"Fijne vakantie allemaal!","account":{"kind":"school","school":"regenboog","channel":"x"},"author":"tom.hendriks"}""";

    private static readonly byte[][] Hostile =
    [
        Encoding.UTF8.GetBytes("""{"id":"s-1","text":"\ud800","account":{"kind":"personal"}}"""),
        Encoding.UTF8.GetBytes("""{"id":"\udc00","text":"hoi","account":{"kind":"personal"}}"""),
        [.. Encoding.UTF8.GetBytes("{\"id\":\"u-1\",\"text\":\"caf"), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\",\"account\":{\"kind\":\"personal\"}}")],
        [0xEF, 0xBB, 0xBF, 0xC0, 0xAF, (byte)'{', 0x80, (byte)'}'],
        Encoding.UTF8.GetBytes("""{"id":"n-1","text":"hoi","account":{"kind":"personal"},"x":""" + new string('[', 5000) + new string(']', 5000) + "}"),
        Encoding.UTF8.GetBytes("""{"id":"g-1","text":"hoi","account":{"kind":"personal"},"attachments":[{"unidentified_people":1e400}]}"""),
        Encoding.UTF8.GetBytes("""{"id":"t-1","text":["hoi"],"account":{"kind":"personal"}}"""),
        Encoding.UTF8.GetBytes("{\"id\":\"c-1\",\"text\":\"\\u12"),
    ];

    [Fact]
    public void CheckJsonl_ValidUtf8WithReplacementCharacter_IsChecked()
    {
        // Shows the invalid-UTF-8 refusal is about bytes: a real U+FFFD in valid UTF-8 is ordinary text.
        var run = CliRunner.RunWithInput(Good.Replace("Fijne", "Fijne \uFFFD", StringComparison.Ordinal) + "\n", "check", "--jsonl", "-");

        Assert.Equal("allow", JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void CheckJsonl_UnreadableLinesBetweenGoodOnes_AnswersEveryLineInOrder()
    {
        var input = new List<byte>();
        foreach (var line in Hostile)
        {
            input.AddRange(Encoding.UTF8.GetBytes(Good + "\n"));
            input.AddRange(line);
            input.Add((byte)'\n');
        }

        input.AddRange(Encoding.UTF8.GetBytes(Good + "\n"));
        var path = Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, [.. input]);
        try
        {
            var run = CliRunner.Run("check", "--jsonl", path);

            Assert.True((Hostile.Length * 2) + 1 == run.OutputLines.Count, run.Error);
            for (var i = 0; i < run.OutputLines.Count; i++)
            {
                var answer = JsonDocument.Parse(run.OutputLines[i]).RootElement;
                var lineNumber = i + 1;
                if (i % 2 == 0)
                {
                    Assert.Equal("allow", answer.GetProperty("verdict").GetString());
                }
                else
                {
                    Assert.Equal(lineNumber, answer.GetProperty("line").GetInt32());
                    Assert.StartsWith($"regel {lineNumber}: ", answer.GetProperty("error").GetString(), StringComparison.Ordinal);
                }
            }

            Assert.Contains("UTF-8", JsonDocument.Parse(run.OutputLines[5]).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(ExitCodes.SomeLinesInvalid, run.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
