using System.Text.Json;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>The batch contract of shared/spec/protocol-checks.md, through the real command.</summary>
public class CheckJsonlTests
{
    private static readonly string[] Input =
    [
        """{"id":"b-1","text":"Fijne vakantie allemaal, tot na de zomer!","account":{"kind":"school","school":"regenboog","channel":"x"},"author":"tom.hendriks"}""",
        """{"id":"b-2","text":"Fijne vakantie allemaal, tot na de zomer!","account":{"kind":"organisation","channel":"x"},"author":"tom.hendriks"}""",
        """{"id":"b-3","text":"deze regel is afgebroken""",
        "",
        """{"id":"b-5","text":"Morgen is de school om twaalf uur uit.","account":{"kind":"school","school":"kompas","channel":"facebook"},"author":"jeroen.vos"}""",
    ];

    [Fact]
    public void CheckJsonl_MixedInput_WritesOneLinePerInputLineInOrder()
    {
        using var file = new TempFile(string.Join('\n', Input) + "\n", ".jsonl");

        var run = CliRunner.Run("check", "--jsonl", file.Path);

        Assert.Equal(Input.Length, run.OutputLines.Count);
        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("b-1", lines[0].GetProperty("id").GetString());
        Assert.Equal("b-2", lines[1].GetProperty("id").GetString());
        Assert.Equal("b-5", lines[4].GetProperty("id").GetString());
        Assert.All([lines[0], lines[1], lines[4]], l => Assert.True(l.TryGetProperty("verdict", out _)));
    }

    [Fact]
    public void CheckJsonl_MalformedAndBlankLines_GetErrorsNamingTheirLineAndTheBatchGoesOn()
    {
        using var file = new TempFile(string.Join('\n', Input) + "\n", ".jsonl");

        var run = CliRunner.Run("check", "--jsonl", file.Path);

        var malformed = JsonDocument.Parse(run.OutputLines[2]).RootElement;
        var blank = JsonDocument.Parse(run.OutputLines[3]).RootElement;
        Assert.Contains("3", malformed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("4", blank.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(malformed.TryGetProperty("verdict", out _));
        Assert.Equal("allow", JsonDocument.Parse(run.OutputLines[4]).RootElement.GetProperty("verdict").GetString());
        Assert.Equal(ExitCodes.SomeLinesInvalid, run.ExitCode);
    }

    [Fact]
    public void CheckJsonl_MedewerkerOnKonotAccount_IsBlockedAsUnauthorized()
    {
        using var file = new TempFile(Input[1] + "\n", ".jsonl");

        var run = CliRunner.Run("check", "--jsonl", file.Path);

        var line = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        Assert.Equal("block", line.GetProperty("verdict").GetString());
        Assert.Contains(line.GetProperty("findings").EnumerateArray(), f => f.GetProperty("category").GetString() == "unauthorized");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void CheckJsonl_Dash_ReadsStandardInput()
    {
        var run = CliRunner.RunWithInput(Input[0] + "\n" + Input[4] + "\n", "check", "--jsonl", "-");

        Assert.Equal(["b-1", "b-5"], run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void CheckJsonl_MissingFile_FailsWithDutchMessage()
    {
        var run = CliRunner.Run("check", "--jsonl", Path.Combine(Path.GetTempPath(), $"bestaat-niet-{Guid.NewGuid():N}.jsonl"));

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("bestaat niet", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
