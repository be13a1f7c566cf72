namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>The organisation file of <c>--org</c> that cannot be read: the user reads why in Dutch, with the file.</summary>
public sealed class OrgFileFailureTests
{
    [Fact]
    public void Check_OrgIsAFolder_SaysItIsAFolder_NotThatReadingIsForbidden()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-org-").FullName;
        try
        {
            // The runtime's answer for a folder read as a file, which the loader turned into "geen leesrechten" before.
            Assert.Throws<UnauthorizedAccessException>(() => File.ReadAllText(folder));

            var run = CliRunner.Run("check", "Hallo", "--org", folder);

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
    public void Check_OrgFileThatIsNotUtf8Json_ListsTheProblemInDutch()
    {
        using var file = new TempFile("{\"board\": ");

        var run = CliRunner.Run("check", "Hallo", "--org", file.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"Het organisatiebestand '{file.Path}' is niet bruikbaar (1 fout):", run.Error, StringComparison.Ordinal);
        AsyncCli.AssertNoStackTraceNorEnglish(run);
    }
}
