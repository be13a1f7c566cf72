using System.Text;
using Protocolwacht.Cli.Organisation;
using Xunit.Abstractions;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// Property test of the command line (tests13): any mix of the checking commands' options and values (missing values,
/// repeated options, unknown options, values that are no file, a folder where a file belongs, a broken organisation file,
/// extra lexicon files with broken lines, invalid UTF-8, control characters) ends with one of the documented exit codes,
/// an exit code of 1 with a reason on standard error, never an exception (the parser's own exception handler is off, so
/// one would reach the test), and the folder the values point into is left exactly as it was. The arguments come from a
/// fixed seed; a failure names them. Only the commands that read (check, eval, the root): the others write to a data
/// folder by design and have tests of their own.
/// </summary>
public sealed class OptionsPropertyTests(ITestOutputHelper output) : IDisposable
{
    private const int Cases = 150;
    private const int Seed = 13;

    private static readonly int[] Documented = [ExitCodes.Success, ExitCodes.UsageOrInputError, ExitCodes.Doubt, ExitCodes.Block, ExitCodes.SomeLinesInvalid];

    private readonly TestSupport.TemporaryFolder _folder = new("pw-options-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CheckingCommands_AnyArguments_EndWithADocumentedExitCode_NeverThrow_AndWriteNothing()
    {
        var values = Values();
        var before = Listing();
        var random = new Random(Seed);
        var failures = new List<string>();
        var refused = 0;

        for (var i = 0; i < Cases; i++)
        {
            var args = Arguments(random, values);
            var shown = string.Join(' ', args.Select(a => a.Length > 60 ? $"'{a[..60]}…'" : $"'{a}'"));
            try
            {
                var (exitCode, error) = Run(args);
                refused += exitCode == ExitCodes.UsageOrInputError ? 1 : 0;
                if (!Documented.Contains(exitCode) || (exitCode == ExitCodes.UsageOrInputError && string.IsNullOrWhiteSpace(error)))
                {
                    failures.Add($"case {i}: {shown} ended with {exitCode} and error output '{error.Trim()}'");
                }
            }
#pragma warning disable CA1031 // what the property is about: any exception is a failure, reported with its arguments
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"case {i}: {shown} threw {ex.GetType().Name}: {ex.Message}");
            }

            if (Listing() != before)
            {
                failures.Add($"case {i}: {shown} changed the folder its values point into");
                before = Listing();
            }
        }

        output.WriteLine($"{refused} of {Cases} argument lists refused (exit code 1), {Cases - refused} ran");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} argument lists (seed {Seed}):\n" + string.Join("\n", failures.Take(10)));
        Assert.InRange(refused, Cases / 10, Cases - (Cases / 10)); // both kinds came up: refused lists and lists that ran
    }

    [Fact]
    public void Listing_SeesAFileWrittenIntoTheFolder()
    {
        var before = Listing();

        _folder.File("nieuw.txt", "x");

        Assert.NotEqual(before, Listing());
    }

    private static (int ExitCode, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader("Vandaag was de sportdag in groep 5."), colour: false, OrganisationSource.Default);
        var invocation = cli.Invocation;
        invocation.EnableDefaultExceptionHandler = false;
        var exitCode = Program.BuildFor(cli, args).Parse(args).Invoke(invocation);
        return (exitCode, error.ToString());
    }

    /// <summary>The values an option may get: real files and folders of this test's folder, broken ones, and words.</summary>
    private Dictionary<string, string[]> Values()
    {
        var lexicons = Directory.CreateDirectory(_folder.PathOf("lexicons")).FullName;
        File.WriteAllText(Path.Combine(lexicons, "profanity.tsv"), "blorf*\tswear\n\t\t\n* *\n~\tswear\tx\ty\tz\n\"\n" + new string('a', 5_000) + "\n");
        File.WriteAllBytes(Path.Combine(lexicons, "slang.tsv"), [0xFF, 0xFE, 0x09, 0xC3, 0x28, 0x0A, 0x2A, 0x0A, 0x00, 0x09, 0x0A]);
        File.WriteAllText(Path.Combine(lexicons, "topics.tsv"), "sport dag\tsport\tschool\n[\t\n?? ??\t?\n");
        var emptyFolder = Directory.CreateDirectory(_folder.PathOf("leeg")).FullName;
        var org = _folder.File("org.json", "{\"board\": {\"name\": 3}, \"schools\": [");
        var corpus = _folder.File("corpus.jsonl", "{\"id\":\"a\",\"text\":\"Hoi\",\"expected\":\"allow\"}\n{kapot\n\"\n");
        var posts = _folder.File("posts.jsonl", "{\"id\":\"p\",\"text\":\"Sportdag!\"}\n[]\n{\"id\":1}\n");
        var binary = _folder.File("binair.bin", Encoding.Latin1.GetString([0, 1, 2, 0xFF, 0xFE, 0x80]));
        string[] paths = [lexicons, emptyFolder, org, corpus, posts, binary, _folder.PathOf("bestaat-niet.json"), _folder.PathOf("weg/dieper"), string.Empty, "-"];
        string[] words = ["regenboog-x", "sintjozef-mastodon", "x", "mastodon", "tom.hendriks", "niemand", "student", "parent", "misschien", "", " ", "--", "-1", "\u0000", "\u202E", "😀", "Daan uit groep 3", new string('z', 3_000)];
        return new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["path"] = paths,
            ["word"] = words,
        };
    }

    private static readonly (string Option, string Kind)[] Options =
    [
        ("--jsonl", "path"), ("--account", "word"), ("--channel", "word"), ("--author", "word"), ("--reply-role", "word"),
        ("--reply-name", "word"), ("--reply-text", "word"), ("--org", "path"), ("--lexicons", "path"), ("--corpus", "path"),
        ("--json", string.Empty), ("--help", string.Empty), ("-h", string.Empty), ("--onbekend", "word"), ("--version", string.Empty),
    ];

    private static string[] Arguments(Random random, Dictionary<string, string[]> values)
    {
        string[][] commands = [["check"], ["eval"], [], ["chek"]];
        var args = new List<string>(commands[random.Next(commands.Length)]);
        for (var k = random.Next(6); k > 0; k--)
        {
            if (random.Next(5) == 0)
            {
                args.Add(Pick(random, values[random.Next(2) == 0 ? "word" : "path"])); // a stray argument: the post's text, or too many
                continue;
            }

            var (option, kind) = Options[random.Next(Options.Length)];
            args.Add(option);
            if (kind.Length > 0 && random.Next(8) != 0) // sometimes the value is missing
            {
                args.Add(Pick(random, values[random.Next(6) == 0 ? (kind == "path" ? "word" : "path") : kind]));
            }
        }

        return [.. args];
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    // Every file and folder under the test's folder with its size and last write, so any write shows.
    private string Listing() => string.Join("\n", new DirectoryInfo(_folder.Path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
        .OrderBy(f => f.FullName, StringComparer.Ordinal)
        .Select(f => $"{f.FullName} {(f as FileInfo)?.Length} {f.LastWriteTimeUtc.Ticks}"));
}
