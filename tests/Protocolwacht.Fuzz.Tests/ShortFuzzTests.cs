using System.Text;
using Protocolwacht.Fuzz;
using Protocolwacht.Fuzz.Targets;
using Protocolwacht.Imports;

namespace Protocolwacht.Fuzz.Tests;

/// <summary>
/// The short fuzz pass of ./test.sh (issue #16): for every target of <see cref="FuzzTargets"/>, the
/// committed seeds and then a fixed-seed run of mutations of them. Any exception, or a broken contract
/// such as a batch line without an answer, fails the suite and prints the inputs (base64) that did it.
/// The long AFL++ runs are scripts/fuzz.sh; see docs/reliability.md.
/// </summary>
public class ShortFuzzTests
{
    /// <summary>Inputs per target: ten thousand, so that all targets together stay near a minute on an idle 2-core machine.</summary>
    public const int InputsPerTarget = 10_000;

    private const int Seed = 16;

    public static TheoryData<string> Targets => [.. FuzzTargets.Names];

    private static string Corpus(string target) => Path.Combine(AppContext.BaseDirectory, "corpus", target);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Target_FixedSeedMutations_NeverThrowNorBreakTheContract(string target)
    {
        var failures = ShortRun.Run(FuzzTargets.Create(target), Corpus(target), InputsPerTarget, Seed);

        Assert.True(failures.Count == 0, Describe(target, failures));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Target_HasSeeds(string target)
    {
        Assert.NotEmpty(Directory.GetFiles(Corpus(target)));
    }

    [Fact]
    public void ShortRun_TheBatchReaderOfIssue16_IsCaught()
    {
        // The reader before the fix: the id read with GetString outside any try. The pass must find
        // the crash of 2026-12-02 with the same budget, or it would not have protected us then.
        var failures = ShortRun.Run(new OldBatchReader(), Corpus("batch-line"), InputsPerTarget, Seed);

        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.IsType<InvalidOperationException>(f.Exception));
    }

    [Fact]
    public void SearchQueryContract_TheTypedTextHandedToFts5_IsCaught()
    {
        // The search text given to SQLite's MATCH as it was typed (no stems, no quoting): the pass must find texts
        // FTS5 cannot read (an open quote, a lone minus), or its "SQLite accepts every expression" would prove nothing.
        using var typedText = new SearchQueryTarget(query => query.Text);

        var failures = ShortRun.Run(typedText, Corpus("search-query"), InputsPerTarget, Seed);

        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.StartsWith("SQLite weigert de FTS5-expressie", Assert.IsType<FuzzContractException>(f.Exception).Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ImportContract_TheEnglishJsonMessageOfBefore_IsCaught()
    {
        // How the JSON readers worded a syntax error until 2026-12-04: the parser's English sentence inside the Dutch one.
        var before = new ImportIssue("outbox.json", 1, 30, "$", "Het bestand is geen geldige JSON (',' is invalid after a value).");
        var now = before with { Message = "Het bestand is geen geldige JSON: onverwacht teken ',' na een waarde, hier hoort een komma, dubbele punt of sluitend haakje." };

        Assert.Throws<FuzzContractException>(() => ImportRows.Verify([ImportRow<string>.Failed(before)], "outbox.json"));
        ImportRows.Verify([ImportRow<string>.Failed(now)], "outbox.json");
    }

    [Fact]
    public void BatchContract_ASurrogateBlamedForANumber_IsCaught()
    {
        // How the batch answered "text": 42 until 2026-12-04; the seed wrong-types.jsonl holds such lines.
        const string Line = """{"id":"w-1","text":42,"account":{"kind":"personal"}}""";
        const string Before = "regel 1: ongeldige tekst: een losse UTF-16-surrogaat (zoals \\ud800) is geen teken bij $.text";

        Assert.Throws<FuzzContractException>(() => BatchErrorContract.Verify(Line, 1, Before));
        BatchErrorContract.Verify(Line, 1, "regel 1: 'text' moet een tekenreeks (tekst tussen aanhalingstekens) zijn, geen getal");
        BatchErrorContract.Verify("""{"id":"w-1","text":"\ud800","account":{"kind":"personal"}}""", 1, Before);
    }

    [Fact]
    public void Mutator_SameSeed_MakesTheSameInputs()
    {
        byte[][] seeds = [Encoding.UTF8.GetBytes("""{"id":"a","text":"hoi"}""")];
        var first = new Mutator(seeds, 7);
        var second = new Mutator(seeds, 7);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(first.Next(), second.Next());
        }
    }

    private static string Describe(string target, IReadOnlyList<ShortRun.Failure> failures) =>
        $"{failures.Count} van {InputsPerTarget} invoeren voor {target} faalden; herhaal met "
        + $"'dotnet run --project fuzz/Protocolwacht.Fuzz -- {target} --replay BESTAND' na base64 -d:\n"
        + string.Join("\n", failures.Take(5).Select(f => $"{Convert.ToBase64String(f.Input)}\n  {f.Exception.GetType().Name}: {f.Exception.Message}"));

    private sealed class OldBatchReader : IFuzzTarget
    {
        public void Run(ReadOnlySpan<byte> input)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(input.ToArray());
                if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    _ = id.GetString();
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // An error line, as the old reader answered malformed JSON.
            }
        }
    }
}
