using Protocolwacht.History.Insight;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Insight;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Insight;

/// <summary>
/// The examples beside each frequent finding (issue #13), now read for all findings in one windowed query: per
/// guideline and category the newest posts first, at most three, a post once however many findings of that kind it
/// has, and only posts within the viewer's reach and filters.
/// </summary>
public sealed class InsightExamplesTests
{
    [Theory]
    [AllDatabases]
    public async Task FrequentFindings_NewestThreeDistinctPostsEach_WithinTheViewersReach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: false);
        await using (var db = database.NewContext())
        {
            // R2 on posts 1–6 (6 twice), R6 on posts 2 and 5; posts 3 and 5 are Het Kompas's, the rest De Regenboog's.
            db.InsightFindings.AddRange(
                Finding(1, 0, "R2", "personal-data"), Finding(2, 0, "R2", "personal-data"), Finding(3, 0, "R2", "personal-data"),
                Finding(4, 0, "R2", "personal-data"), Finding(5, 0, "R2", "personal-data"), Finding(6, 0, "R2", "personal-data"),
                Finding(6, 1, "R2", "personal-data"), Finding(2, 1, "R6", "profanity"), Finding(5, 1, "R6", "profanity"));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var query = new InsightQuery(read);

        var board = (await query.FiguresAsync(new InsightFilters())).Frequent;
        Assert.Equal(new[] { "R2/personal-data 7: 6 5 4", "R6/profanity 2: 5 2" }, board.Select(Line));

        var director = (await query.FiguresAsync(new InsightFilters { VisibleSchools = ["regenboog"] })).Frequent;
        Assert.Equal(new[] { "R2/personal-data 5: 6 4 2", "R6/profanity 1: 2" }, director.Select(Line));

        // A director cannot widen the reach with a filter: Het Kompas's account within De Regenboog's reach is empty.
        Assert.Empty((await query.FiguresAsync(new InsightFilters { VisibleSchools = ["regenboog"], AccountId = "kompas-x" })).Frequent);

        var kompas = (await query.FiguresAsync(new InsightFilters { AccountId = "kompas-x" })).Frequent;
        Assert.Equal(new[] { "R2/personal-data 2: 5 3", "R6/profanity 1: 5" }, kompas.Select(Line));
    }

    private static string Line(FrequentFinding finding) =>
        $"{finding.Guideline}/{finding.Category} {finding.Count}: {string.Join(' ', finding.Examples)}";

    private static InsightFindingEntity Finding(long sequence, int index, string guideline, string category)
    {
        var kompas = sequence is 3 or 5;
        return new InsightFindingEntity
        {
            Sequence = sequence,
            Index = index,
            Source = "imported",
            AccountId = kompas ? "kompas-x" : "regenboog-x",
            SchoolId = kompas ? "kompas" : "regenboog",
            Month = 202400 + (int)sequence,
            Guideline = guideline,
            Category = category,
        };
    }
}
