using System.Text;
using System.Text.Json;
using Protocolwacht.Cli.Batch;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// <c>check --jsonl</c> with broken input through the real command: every broken line is answered in Dutch with its
/// line number and what is wrong, the good lines around it are still checked, and a file that cannot be opened is
/// named in Dutch without the runtime's English message.
/// </summary>
public sealed class CheckJsonlBrokenInputTests
{
    private const string Good = """{"id":"ok","text":"De schoolfotograaf komt dinsdag.","account":{"kind":"school","school":"regenboog","channel":"x"},"author":"tom.hendriks"}""";

    [Fact]
    public void CheckJsonl_NotJsonWrongTypeAndTooLong_EachAnsweredInDutchByLine_TheRestChecked()
    {
        var tooLong = "{\"id\":\"lang\",\"text\":\"" + new string('a', OverlongLine.MaxBytes) + "\",\"account\":{\"kind\":\"personal\"}}";
        var path = Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join('\n', Good, "dit is geen json", Good, """{"id":"t","text":42,"account":{"kind":"personal"}}""", tooLong, Good) + "\n", new UTF8Encoding(false));
        try
        {
            var run = CliRunner.Run("check", "--jsonl", path);

            Assert.Equal(ExitCodes.SomeLinesInvalid, run.ExitCode);
            var answers = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(6, answers.Count);
            Assert.All(new[] { 0, 2, 5 }, i => Assert.Equal("allow", answers[i].GetProperty("verdict").GetString()));
            Assert.StartsWith("regel 2: geen geldige JSON bij teken 1", answers[1].GetProperty("error").GetString(), StringComparison.Ordinal);
            // Until 2026-12-04 this line was said to hold a lone surrogate ("... bij $.text").
            Assert.Equal("regel 4: 'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal", answers[3].GetProperty("error").GetString());
            Assert.StartsWith("regel 5: de regel is te lang (meer dan 1 MiB)", answers[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CheckJsonl_MissingFile_SaysSoInDutchNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geen-{Guid.NewGuid():N}.jsonl");

        var run = CliRunner.Run("check", "--jsonl", path);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"Het bestand '{path}' bestaat niet; er is niets gecontroleerd.", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    [Fact]
    public void CheckJsonl_AFolder_SaysItIsAFolder_NotThatAccessIsDenied()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-").FullName;
        try
        {
            // What the runtime says for a folder opened as a file on Linux: the message of before, and wrong.
            var runtime = Assert.Throws<UnauthorizedAccessException>(() => File.OpenRead(folder).Dispose());
            Assert.Contains("Access to the path", runtime.Message, StringComparison.Ordinal);

            var run = CliRunner.Run("check", "--jsonl", folder);

            Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
            Assert.Equal($"'{folder}' is een map, geen bestand; er is niets gecontroleerd.", run.Error.Trim());
            AsyncCli.AssertNoStackTraceNorEnglish(run);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void Eval_TooLongLine_IsSkippedWithItsLineNumber()
    {
        var path = Path.Combine(Path.GetTempPath(), $"protocolwacht-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, new string('x', OverlongLine.MaxBytes + 1) + "\n");
        try
        {
            var run = CliRunner.Run("eval", "--corpus", path);

            Assert.Equal(ExitCodes.SomeLinesInvalid, run.ExitCode);
            Assert.Contains("regel 1: de regel is te lang (meer dan 1 MiB)", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
