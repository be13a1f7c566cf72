using System.CommandLine;
using Protocolwacht.Cli.Localization;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli.Tests.Localization;

/// <summary>
/// What System.CommandLine writes itself (parse errors, help) reaches the user in Dutch, through the real root
/// command. Before, a typo gave "Unrecognized command or argument 'chek'." and every help page said "Usage:".
/// </summary>
public class DutchParserOutputTests
{
    [Fact]
    public void UnknownCommand_SaysSoInDutch()
    {
        var run = CliRunner.Run("chek", "Hallo");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Onbekende opdracht of onbekend argument 'chek'.", run.Error, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void MissingRequiredOption_NamesTheOptionInDutch()
    {
        var run = CliRunner.Run("eval");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Optie '--corpus' is verplicht.", run.Error, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void NotANumber_SaysWhatWasExpectedInDutch()
    {
        var run = CliRunner.Run("archive", "prove", "--record", "drie");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("'drie' is geen geldige waarde voor optie '--record': verwacht een geheel getal.", run.Error, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void ValueNotAmongTheChoices_ListsTheChoicesUnderADutchSentence()
    {
        var run = CliRunner.Run("search", "sportdag", "--verdict", "misschien");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("'misschien' is geen geldige waarde. Kies uit:", run.Error, StringComparison.Ordinal);
        Assert.Contains("'doubt'", run.Error, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void OptionWithoutItsValue_SaysSoInDutch()
    {
        var run = CliRunner.Run("eval", "--corpus");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("Optie '--corpus' mist haar waarde.", run.Error, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void Help_HasDutchHeadingsAndUsageWords()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Beschrijving:\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Gebruik:\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("protocolwacht [opdracht] [opties]", run.Output.Replace("testhost", "protocolwacht", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Opties:\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Opdrachten:\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("\n", run.Output, StringComparison.Ordinal);
        AssertNoEnglish(run);
    }

    [Fact]
    public void Help_RequiredOption_IsMarkedInDutchAndItsDescriptionStaysInLine()
    {
        var run = CliRunner.Run("archive", "prove", "--help");

        var required = Assert.Single(run.OutputLines, l => l.Contains("--record", StringComparison.Ordinal));
        var other = Assert.Single(run.OutputLines, l => l.Contains("--tree-size", StringComparison.Ordinal));
        Assert.Contains("(VEREIST)", required, StringComparison.Ordinal);
        // The shorter Dutch word gave its character back to the padding: both descriptions start in one column.
        Assert.Equal(other.IndexOf("De grootte", StringComparison.Ordinal), required.IndexOf("Het volgnummer", StringComparison.Ordinal));
        AssertNoEnglish(run);
    }

    [Fact]
    public void Help_OfEveryCommand_HasNoEnglishOfSystemCommandLine()
    {
        using var quiet = new StringWriter();
        var root = Program.BuildRoot(new CliContext(quiet, quiet, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default));
        var paths = Paths(root, []).ToList();
        Assert.True(paths.Count > 20, $"only {paths.Count} commands found");

        foreach (var path in paths)
        {
            var run = CliRunner.Run([.. path, "--help"]);

            Assert.True(run.ExitCode == ExitCodes.Success, string.Join(' ', path));
            Assert.Contains("Gebruik:", run.Output, StringComparison.Ordinal);
            AssertNoEnglish(run);
        }
    }

    [Fact]
    public void Translate_AnEnglishLineOfTheParser_WasEnglishBefore()
    {
        // Shows AssertNoEnglish can fail: the package's own sentence, as the CLI printed it until 2026-12-04.
        var english = ParserTexts.EnglishText("UnrecognizedCommandOrArgument")!.Replace("{0}", "chek", StringComparison.Ordinal);

        Assert.Throws<Xunit.Sdk.DoesNotContainException>(() => AssertNoEnglish(new CliRun(1, string.Empty, english)));
        Assert.Equal("Onbekende opdracht of onbekend argument 'chek'.", ParserTextWriter.Translate(english));
    }

    [Fact]
    public void Translate_ALineThatIsNotTheParsers_IsLeftAlone()
    {
        const string Line = "  --account <ACCOUNT>  Het account (bijv. konot-x) waarop het bericht komt.";

        Assert.Equal(Line, ParserTextWriter.Translate(Line));
    }

    private static IEnumerable<string[]> Paths(Command command, string[] path)
    {
        foreach (var sub in command.Subcommands)
        {
            string[] here = [.. path, sub.Name];
            yield return here;
            foreach (var deeper in Paths(sub, here))
            {
                yield return deeper;
            }
        }
    }

    // Every English text of the package, without its placeholders: none may be left in what the user reads.
    private static void AssertNoEnglish(CliRun run)
    {
        var all = run.Output + run.Error;
        foreach (var name in ParserTexts.EnglishNames().Where(n => n != "HelpArgumentDefaultValueLabel"))
        {
            foreach (var piece in ParserTexts.EnglishText(name)!.Split(["{0}", "{1}", "{2}", "{3}"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 3))
            {
                Assert.DoesNotContain(piece, all, StringComparison.Ordinal);
            }
        }
    }
}
