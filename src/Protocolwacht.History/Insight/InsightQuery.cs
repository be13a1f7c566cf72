using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Insight;

namespace Protocolwacht.History.Insight;

/// <summary>
/// The insight's figures for one viewer and filter (issue #13 item 4). Every count is a GROUP BY in SQL over the
/// derived tables (indexed by month, by school and month, and by account and month), the same on SQLite and PostgreSQL;
/// only the advice answer times (one number per advised post) are ordered here for the median and 90th percentile.
/// </summary>
public sealed class InsightQuery(ProtocolwachtDbContext db)
{
    private const int FrequentShown = 10;
    private const int ExamplesEach = 3;

    public async Task<InsightFigures> FiguresAsync(InsightFilters filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var posts = Posts(filters);
        var findings = Findings(filters);

        var totals = await posts.GroupBy(_ => 1).Select(g => new { Posts = g.Count(), Needed = g.Count(p => p.NeededAdvice) }).FirstOrDefaultAsync(cancellationToken);
        var byGuideline = await Counts(findings.GroupBy(f => f.Guideline), cancellationToken);
        var byCategory = await Counts(findings.GroupBy(f => f.Category), cancellationToken);
        var bySchool = await GroupsAsync(posts.GroupBy(p => p.SchoolId ?? string.Empty), findings.GroupBy(f => f.SchoolId ?? string.Empty), cancellationToken);
        var byAccount = await GroupsAsync(posts.GroupBy(p => p.AccountId), findings.GroupBy(f => f.AccountId), cancellationToken);
        var byMonth = await GroupsAsync(posts.GroupBy(p => p.Month.ToString()), findings.GroupBy(f => f.Month.ToString()), cancellationToken);
        return new InsightFigures(
            totals?.Posts ?? 0,
            totals?.Needed ?? 0,
            byGuideline,
            byCategory,
            bySchool,
            byAccount,
            [.. byMonth.OrderBy(m => m.Key, StringComparer.Ordinal)],
            await AdviceTimesAsync(posts, cancellationToken),
            await FrequentAsync(findings, cancellationToken));
    }

    /// <summary>True when the archive record is a post the viewer's reach covers: the example links open only those.</summary>
    public Task<bool> MayOpenAsync(long sequence, IReadOnlyCollection<string>? visibleSchools, CancellationToken cancellationToken = default) =>
        Posts(new InsightFilters { VisibleSchools = visibleSchools }).AnyAsync(p => p.Sequence == sequence, cancellationToken);

    private IQueryable<InsightPostEntity> Posts(InsightFilters filters)
    {
        var posts = db.InsightPosts.AsNoTracking();
        if (filters.VisibleSchools is { } visible)
        {
            var schools = visible.ToList();
            posts = posts.Where(p => p.SchoolId != null && schools.Contains(p.SchoolId));
        }

        if (!string.IsNullOrEmpty(filters.SchoolId))
        {
            posts = posts.Where(p => p.SchoolId == filters.SchoolId);
        }

        if (!string.IsNullOrEmpty(filters.AccountId))
        {
            posts = posts.Where(p => p.AccountId == filters.AccountId);
        }

        if (!string.IsNullOrEmpty(filters.Source))
        {
            posts = posts.Where(p => p.Source == filters.Source);
        }

        if (filters.FromMonth is { } from)
        {
            posts = posts.Where(p => p.Month >= from);
        }

        return filters.ToMonth is { } to ? posts.Where(p => p.Month <= to) : posts;
    }

    private IQueryable<InsightFindingEntity> Findings(InsightFilters filters)
    {
        var findings = db.InsightFindings.AsNoTracking();
        if (filters.VisibleSchools is { } visible)
        {
            var schools = visible.ToList();
            findings = findings.Where(f => f.SchoolId != null && schools.Contains(f.SchoolId));
        }

        if (!string.IsNullOrEmpty(filters.SchoolId))
        {
            findings = findings.Where(f => f.SchoolId == filters.SchoolId);
        }

        if (!string.IsNullOrEmpty(filters.AccountId))
        {
            findings = findings.Where(f => f.AccountId == filters.AccountId);
        }

        if (!string.IsNullOrEmpty(filters.Source))
        {
            findings = findings.Where(f => f.Source == filters.Source);
        }

        if (filters.FromMonth is { } from)
        {
            findings = findings.Where(f => f.Month >= from);
        }

        return filters.ToMonth is { } to ? findings.Where(f => f.Month <= to) : findings;
    }

    private static async Task<IReadOnlyList<InsightCount>> Counts(IQueryable<IGrouping<string, InsightFindingEntity>> groups, CancellationToken cancellationToken)
    {
        var rows = await groups.Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new InsightCount(r.Key, r.Count))];
    }

    private static async Task<IReadOnlyList<InsightGroup>> GroupsAsync(IQueryable<IGrouping<string, InsightPostEntity>> posts, IQueryable<IGrouping<string, InsightFindingEntity>> findings, CancellationToken cancellationToken)
    {
        var postRows = await posts.Select(g => new
        {
            g.Key,
            Posts = g.Count(),
            Needed = g.Count(p => p.NeededAdvice),
            Authors = g.Where(p => p.AuthorId != null).Select(p => p.AuthorId).Distinct().Count(),
        }).ToListAsync(cancellationToken);
        var findingRows = await findings.Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, cancellationToken);
        return [.. postRows
            .Select(r => new InsightGroup(r.Key, r.Posts, r.Needed, findingRows.GetValueOrDefault(r.Key), r.Authors))
            .OrderByDescending(g => g.Findings).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    private static async Task<AdviceTimes> AdviceTimesAsync(IQueryable<InsightPostEntity> posts, CancellationToken cancellationToken)
    {
        // One post on several accounts is one advice exchange: count it once.
        var waits = await posts.Where(p => p.AdviceWaitSeconds != null && p.PostId != null)
            .Select(p => new { p.PostId, Wait = p.AdviceWaitSeconds!.Value })
            .Distinct()
            .ToListAsync(cancellationToken);
        var sorted = waits.DistinctBy(w => w.PostId).Select(w => w.Wait).Order().ToList();
        return new AdviceTimes(sorted.Count, Percentile.NearestRank(sorted, 50), Percentile.NearestRank(sorted, 90));
    }

    private static async Task<IReadOnlyList<FrequentFinding>> FrequentAsync(IQueryable<InsightFindingEntity> findings, CancellationToken cancellationToken)
    {
        var top = await findings.GroupBy(f => new { f.Guideline, f.Category })
            .Select(g => new { g.Key.Guideline, g.Key.Category, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Guideline).ThenBy(g => g.Category)
            .Take(FrequentShown)
            .ToListAsync(cancellationToken);

        // One small query per frequent finding (ten at most): the index (Guideline, Category, Sequence) is read from the
        // newest post backwards and stops after three. GROUP BY rather than DISTINCT: EF writes a DISTINCT followed by
        // ORDER BY as a subquery, which SQLite reads whole before it sorts. A single windowed query would read and sort
        // every finding in the filter, and EF can only write it with APPLY here, which SQLite lacks.
        var frequent = new List<FrequentFinding>(top.Count);
        foreach (var line in top)
        {
            var examples = await findings.Where(f => f.Guideline == line.Guideline && f.Category == line.Category)
                .GroupBy(f => f.Sequence).Select(g => g.Key).OrderByDescending(s => s).Take(ExamplesEach)
                .ToListAsync(cancellationToken);
            frequent.Add(new FrequentFinding(line.Guideline, line.Category, line.Count, examples));
        }

        return frequent;
    }
}
