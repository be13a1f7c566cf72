using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.History.Import;

/// <summary>
/// What an import found, for the console and the page: posts read, added and already there, and the check's
/// outcome of the added posts per account and year (verdicts) and per guideline, category and year (findings).
/// Counts only: no text, no names.
/// </summary>
public sealed record ImportReport(
    string AccountId,
    string Format,
    string FileName,
    int Read,
    int Added,
    int AlreadyPresent,
    IReadOnlyList<ImportYearLine> Years,
    IReadOnlyList<ImportFindingLine> Findings)
{
    public static ImportReport From(string accountId, string format, string fileName, int read, int alreadyPresent, IReadOnlyList<ImportedRecord> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var years = added
            .GroupBy(r => (r.AccountId, Year: DutchTime.DateOf(r.PostedAt).Year))
            .OrderBy(g => g.Key.AccountId, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new ImportYearLine(g.Key.AccountId, g.Key.Year, g.Count(), g.Count(r => r.Check.Verdict == Verdict.Allow), g.Count(r => r.Check.Verdict == Verdict.Doubt), g.Count(r => r.Check.Verdict == Verdict.Block)))
            .ToList();
        var findings = added
            .SelectMany(r => r.Check.Findings.Select(f => (r.AccountId, Year: DutchTime.DateOf(r.PostedAt).Year, f.Guideline, f.Category)))
            .GroupBy(x => x)
            .OrderBy(g => g.Key.AccountId, StringComparer.Ordinal).ThenBy(g => g.Key.Guideline, StringComparer.Ordinal).ThenBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g => new ImportFindingLine(g.Key.AccountId, g.Key.Guideline, g.Key.Category, g.Key.Year, g.Count()))
            .ToList();
        return new ImportReport(accountId, format, fileName, read, added.Count, alreadyPresent, years, findings);
    }
}

/// <summary>Posts of one account in one (Amsterdam) year and their verdicts.</summary>
public sealed record ImportYearLine(string AccountId, int Year, int Posts, int Allow, int Doubt, int Block);

/// <summary>How often one guideline was cited for one category on one account in one year.</summary>
public sealed record ImportFindingLine(string AccountId, string Guideline, string Category, int Year, int Count);
