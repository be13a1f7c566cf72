using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>--org FILE</c> replaces the embedded demo organisation, and a bad file stops the command.</summary>
public class OrgOptionTests
{
    [Fact]
    public void Check_OrgFileWithUnknownRole_PrintsLineAndFieldInDutchAndFails()
    {
        var broken = DemoJson().Replace("\"role\": \"medewerker\"", "\"role\": \"stagiair\"", StringComparison.Ordinal);
        Assert.NotEqual(DemoJson(), broken);
        using var file = new TempFile(broken);

        var run = CliRunner.Run("check", "Hallo", "--org", file.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("niet bruikbaar", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"regel \d+, bij 'staff\[\d+\]\.role': Onbekende rol 'stagiair'", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Eval_OrgFileThatIsNotJson_Fails()
    {
        using var file = new TempFile("{ dit is geen json");
        using var corpus = new TempFile("", ".jsonl");

        var run = CliRunner.Run("eval", "--corpus", corpus.Path, "--org", file.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("geen geldige JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingOrgFile_SaysItDoesNotExist()
    {
        var run = CliRunner.Run("check", "Hallo", "--org", Path.Combine(Path.GetTempPath(), $"geen-{Guid.NewGuid():N}.json"));

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("bestaat niet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OrgFileWithAnotherAccount_ChecksAgainstThatOrganisation()
    {
        var other = DemoJson().Replace("\"id\": \"regenboog-x\"", "\"id\": \"regenboog-bluesky\"", StringComparison.Ordinal);
        Assert.NotEqual(DemoJson(), other);
        using var file = new TempFile(other);

        var withOrg = CliRunner.Run("check", "Fijne vakantie allemaal, tot na de zomer!", "--account", "regenboog-bluesky", "--author", "tom.hendriks", "--org", file.Path);
        var withDemo = CliRunner.Run("check", "Fijne vakantie allemaal, tot na de zomer!", "--account", "regenboog-bluesky", "--author", "tom.hendriks");

        Assert.Equal(ExitCodes.Allow, withOrg.ExitCode);
        Assert.Equal(ExitCodes.UsageOrInputError, withDemo.ExitCode);
    }

    private static string DemoJson()
    {
        using var stream = typeof(OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
