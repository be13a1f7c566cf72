namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>--lexicons MAP</c>: an administrator extends a lexicon without a rebuild.</summary>
public class LexiconsOptionTests
{
    // A made-up word, so only the extra lexicon line can make it profane.
    private const string Post = "Wat een blorfdag vandaag.";

    [Fact]
    public void Check_ExtraProfanityLine_MakesTheNewWordBlock()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-lexicons-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "profanity.tsv"), "blorf*\tswear\n");

            var without = CliRunner.Run("check", Post, "--account", "regenboog-x", "--author", "tom.hendriks");
            var with = CliRunner.Run("check", Post, "--account", "regenboog-x", "--author", "tom.hendriks", "--lexicons", folder.FullName);

            Assert.Equal(ExitCodes.Allow, without.ExitCode);
            Assert.Equal(ExitCodes.Block, with.ExitCode);
            Assert.Contains("[[blorfdag]]", with.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_MissingLexiconFolder_IsAnError()
    {
        var run = CliRunner.Run("check", Post, "--lexicons", Path.Combine(Path.GetTempPath(), $"geen-{Guid.NewGuid():N}"));

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Contains("bestaat niet", run.Error, StringComparison.Ordinal);
    }
}
