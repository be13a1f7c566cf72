using System.Text;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.TestSupport;
using Xunit.Abstractions;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// Property test of the extra lexicon files an administrator may drop in the folder of <c>--lexicons</c> (tests13): the
/// lines are added to the built-in ones (Lexicons/README.md), and whatever they hold (unknown tags and classes, gaps
/// such as <c>~-1</c> or <c>~2147483647</c>, lone wildcards, empty columns, extra columns, comments, control characters,
/// invalid UTF-8, very long words) the check still gives its verdict (exit code 0, 2 or 3) or refuses with a reason on
/// standard error (1), and never throws. The files come from a fixed seed; a failure names the lines.
/// </summary>
public sealed class LexiconFilesPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 40;
    private const int Seed = 13;

    private static readonly string[] Files = ["profanity", "slang", "confidential", "quotes", "sources", "sensitive", "harmful", "discussion", "capacity", "copyright", "topics"];

    private static readonly string[] Terms =
    [
        "sport", "dag*", "*dag", "*port*", "*", "**", "+", "loop+", "@noun", "@onbekend", "@", "|", "sport|dag", "||", "~1", "~0",
        "~-1", "~2147483647", "~99999", "~", "kuuuut", "k.u.t", "😀", "\u0000", "é", "ß", "İ", "collega's", "#", "\"", "=niet",
        new string('q', 500),
    ];

    private static readonly string[] Columns = ["swear", "insult", "threat", "chat", "onbekend-tag", "", "@noun", "=niet|geen;@fiction", ";", "=", "==", "@x;@y;@z", "#"];

    private static readonly string[] Texts =
    [
        "Vandaag was de sportdag van groep 5, wat een mooie dag!",
        "Die collega's lopen altijd te zeuren, kut zeg.",
        "😀 sport sport sport dag dag dag 😀",
    ];

    [Fact]
    public void Check_AnyExtraLexiconFiles_GivesAVerdictOrADutchRefusal_NeverAnException()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var verdicts = 0;

        for (var i = 0; i < Cases; i++)
        {
            using var folder = new TemporaryFolder("pw-lexicons-");
            var written = new StringBuilder();
            for (var f = 1 + random.Next(3); f > 0; f--)
            {
                var name = Files[random.Next(Files.Length)] + ".tsv";
                var bytes = Lines(random);
                File.WriteAllBytes(folder.PathOf(name), bytes);
                written.Append(name).Append(": ").Append(Convert.ToBase64String(bytes)).Append('\n');
            }

            var text = Texts[random.Next(Texts.Length)];
            try
            {
                var (exitCode, error) = Run(["check", text, "--account", "regenboog-x", "--author", "tom.hendriks", "--lexicons", folder.Path]);
                verdicts += exitCode is ExitCodes.Allow or ExitCodes.Doubt or ExitCodes.Block ? 1 : 0;
                if (exitCode is not (ExitCodes.Allow or ExitCodes.Doubt or ExitCodes.Block) && !(exitCode == ExitCodes.UsageOrInputError && error.Trim().Length > 0))
                {
                    failures.Add($"case {i}: exit code {exitCode}, error output '{error.Trim()}'; files (base64):\n{written}");
                }
            }
#pragma warning disable CA1031 // what the property is about: any exception is a failure, reported with the files that did it
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"case {i}: {ex.GetType().Name}: {ex.Message}; files (base64):\n{written}");
            }
        }

        output.WriteLine($"{verdicts} of {Cases} lexicon folders gave a verdict, {Cases - verdicts} a refusal");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} lexicon folders (seed {Seed}):\n" + string.Join("\n", failures.Take(5)));
        Assert.True(verdicts > 0, "no folder of lexicon files was read far enough to give a verdict");
    }

    [Fact]
    public void Check_AnExtraLexiconLine_IsRead()
    {
        // Shows the folder is read at all (the property above would hold for a folder that is ignored).
        using var folder = new TemporaryFolder("pw-lexicons-");
        folder.File("profanity.tsv", "sportdag\tswear\n");

        var (exitCode, _) = Run(["check", Texts[0], "--account", "regenboog-x", "--author", "tom.hendriks", "--lexicons", folder.Path]);

        Assert.Equal(ExitCodes.Block, exitCode);
    }

    // One to twelve lines of one to six terms and up to five columns; now and then bytes that are no UTF-8.
    private static byte[] Lines(Random random)
    {
        var file = new List<byte>();
        for (var line = 1 + random.Next(12); line > 0; line--)
        {
            var terms = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => Terms[random.Next(Terms.Length)]);
            var columns = Enumerable.Range(0, random.Next(5)).Select(_ => Columns[random.Next(Columns.Length)]);
            file.AddRange(Encoding.UTF8.GetBytes(string.Join('\t', [string.Join(' ', terms), .. columns])));
            if (random.Next(8) == 0)
            {
                file.AddRange([0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80]);
            }

            file.AddRange(random.Next(4) == 0 ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
        }

        return [.. file];
    }

    private static (int ExitCode, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var invocation = cli.Invocation;
        invocation.EnableDefaultExceptionHandler = false;
        var exitCode = Program.BuildFor(cli, args).Parse(args).Invoke(invocation);
        return (exitCode, error.ToString());
    }
}
