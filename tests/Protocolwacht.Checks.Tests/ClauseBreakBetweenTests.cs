using System.Text.Json;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests;

/// <summary>
/// <see cref="CheckContext.ClauseBreakBetween"/> answers a long gap from counts of the whole text, made once per check
/// (a scan of the gap per token made a long text quadratic): that answer must be the scan's, far apart and near.
/// </summary>
public class ClauseBreakBetweenTests
{
    private static readonly CheckResources Resources = new(OrganisationModel.Demo, new CheckOptions());

    [Fact]
    public void ClauseBreakBetween_OnJoinedCorpusPosts_AnswersAsAScanOfTheGap()
    {
        var random = new Random(44);
        var (longYes, longNo, shortAsked) = (0, 0, 0);
        foreach (var text in JoinedTexts().Take(150).Append(WithoutCommas()))
        {
            var context = Context(text);
            var n = context.Tokens.Count;
            if (n < 2)
            {
                continue;
            }

            for (var i = 0; i < 400; i++)
            {
                var (a, b) = (random.Next(n), random.Next(n));
                var expected = Scan(context, a, b);
                // Asked in both orders, as the judges do; the counts are made by the first long gap and reused after.
                Assert.Equal(expected, context.ClauseBreakBetween(a, b));
                Assert.Equal(expected, context.ClauseBreakBetween(b, a));
                var gap = context.Tokens[Math.Max(a, b)].Start - context.Tokens[Math.Min(a, b)].End;
                if (gap <= CheckContext.LongGap)
                {
                    shortAsked++;
                }
                else if (expected)
                {
                    longYes++;
                }
                else
                {
                    longNo++;
                }
            }
        }

        // Worth something only when long gaps gave both answers and short gaps were asked beside them.
        Assert.True(longYes > 1000 && longNo > 100 && shortAsked > 1000, $"long: {longYes} yes, {longNo} no; short: {shortAsked}");
    }

    [Fact]
    public void ClauseBreakCounts_CountTheBreaksBeforeEachOffset()
    {
        Assert.Equal(new[] { 0, 0, 1, 1, 2, 3, 3 }, CheckContext.ClauseBreakCounts("a,b;:c"));
        Assert.Equal(new[] { 0 }, CheckContext.ClauseBreakCounts(string.Empty));
    }

    private static bool Scan(CheckContext context, int first, int second)
    {
        var folded = context.Text.Folded;
        for (var i = context.Tokens[Math.Min(first, second)].End; i < context.Tokens[Math.Max(first, second)].Start && i < folded.Length; i++)
        {
            if (folded[i] is ',' or ';' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A long stretch without a clause break, so long gaps also answer no.</summary>
    private static string WithoutCommas() =>
        string.Join(" ", Enumerable.Repeat("we lopen met de hele groep naar het park", 40)) + ", en daarna " + string.Join(" ", Enumerable.Repeat("eten we samen een ijsje", 40)) + ".";

    private static CheckContext Context(string text) =>
        new(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), "tom.hendriks", null, []), Resources);

    /// <summary>Corpus posts ten at a time: long texts with commas, colons and sentence ends of real posts.</summary>
    private static IEnumerable<string> JoinedTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Order(StringComparer.Ordinal)
            .Where(path => !Path.GetFileName(path).StartsWith("fresh30-lead", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
            .Chunk(10)
            .Select(posts => string.Join(" ", posts));
}
