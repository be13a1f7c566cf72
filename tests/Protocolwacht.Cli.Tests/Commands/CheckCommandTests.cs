namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>protocolwacht check "tekst"</c>: the human-readable form.</summary>
public class CheckCommandTests
{
    [Fact]
    public void Check_PlainNewsOnOwnSchoolAccount_AllowsWithExitCodeZero()
    {
        var run = CliRunner.Run("check", "Fijne vakantie allemaal, tot na de zomer!", "--account", "regenboog-x", "--author", "tom.hendriks");

        Assert.Equal(ExitCodes.Allow, run.ExitCode);
        Assert.StartsWith("Oordeel: toegestaan (allow)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MedewerkerOnKonotAccount_BlocksAndCitesAccountSection()
    {
        var run = CliRunner.Run("check", "Fijne vakantie allemaal, tot na de zomer!", "--account", "konot-x", "--author", "tom.hendriks");

        Assert.Equal(ExitCodes.Block, run.ExitCode);
        Assert.Contains("Oordeel: geblokkeerd (block)", run.Output, StringComparison.Ordinal);
        Assert.Contains("geen plaatsingsrecht (unauthorized) · blokkeren · ACCOUNT", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BsnInText_MarksTheSpanWhenNotATerminal()
    {
        // 111222333 passes the 11-proef: 9+8+7+12+10+8+9+6-3 = 66.
        var run = CliRunner.Run("check", "Het BSN van de nieuwe leerling is 111222333, graag invoeren.", "--account", "regenboog-x", "--author", "tom.hendriks");

        Assert.Equal(ExitCodes.Block, run.ExitCode);
        Assert.Contains("[[111222333]]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownAccount_IsAUsageErrorNamingTheKnownAccounts()
    {
        var run = CliRunner.Run("check", "Hallo", "--account", "regenboog-tiktok");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Onbekend account 'regenboog-tiktok'", run.Error, StringComparison.Ordinal);
        Assert.Contains("regenboog-x", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownAuthor_IsAUsageError()
    {
        var run = CliRunner.Run("check", "Hallo", "--author", "niemand");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Onbekende medewerker 'niemand'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check|tekst|--jsonl|-")]
    [InlineData("check|--jsonl")]
    [InlineData("check|tekst|--jsonl")]
    [InlineData("check|tekst|--reply-name|Richard")]
    [InlineData("check|tekst|--reply-role|grootouder")]
    public void Check_WrongCombinationOfInputs_IsAUsageError(string args)
    {
        var run = CliRunner.Run(args.Split('|'));

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Check_Help_DocumentsTheExitCodesInDutch()
    {
        var run = CliRunner.Run("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Afsluitcodes bij één tekst: 0 toegestaan (allow), 2 twijfel", run.Output, StringComparison.Ordinal);
        Assert.Contains("--reply-role", run.Output, StringComparison.Ordinal);
    }
}
