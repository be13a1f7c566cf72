using System.Text.Json;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Lexicons;

/// <summary>
/// <see cref="TokenClasses.AnyIn"/> keeps the union of classes of the long ranges asked last: its answer must be the scan's
/// for every class and for ranges asked in turn, so a sentence's "has it any of these?" is one AND without a different answer.
/// </summary>
public class TokenClassesAnyInTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Fact]
    public void AnyIn_OnLongRangesOfCorpusPosts_AnswersAsAScan_ForEveryClass()
    {
        var masks = Enumerable.Range(0, ClassMask.Bits).Select(i => ClassMask.One << i).ToArray();
        var (kept, yes, no) = (0, 0, 0);
        foreach (var text in JoinedPosts().Take(60))
        {
            var tokens = Tokenizer.Tokenize(NormalisedText.Create(text)).ToArray();
            var classes = Resources.Index.Classify(tokens);
            // Three long ranges asked in turn (two are kept), and a short one between them that is scanned.
            var ranges = new[] { (0, tokens.Length - 1), (1, tokens.Length - 2), (tokens.Length / 3, tokens.Length - 1), (2, 6) };
            for (var round = 0; round < 3; round++)
            {
                foreach (var (first, last) in ranges)
                {
                    foreach (var mask in masks)
                    {
                        var expected = Scan(classes, first, last, mask);
                        Assert.Equal(expected, classes.AnyIn(first, last, mask));
                        _ = expected ? yes++ : no++;
                    }

                    kept += last - first + 1 >= TokenClasses.LongRange ? 1 : 0;
                }
            }
        }

        Assert.True(kept > 100, $"{kept} long ranges");
        Assert.True(yes > 1000 && no > 1000, $"{yes} yes, {no} no");
    }

    private static bool Scan(TokenClasses classes, int first, int last, ClassMask mask)
    {
        for (var i = first; i <= last; i++)
        {
            if ((classes[i] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Corpus posts four at a time: texts of 40 to a few hundred tokens.</summary>
    private static IEnumerable<string> JoinedPosts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .Where(path => !Path.GetFileName(path).StartsWith("fresh30-lead", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .Chunk(4)
            .Select(posts => string.Join(" ", posts));
}
