using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Insight;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.History.Insight;

/// <summary>How an archived post becomes one row of figures: no text, no names, the school filled in by the indexer.</summary>
public static class InsightRow
{
    public static InsightPostEntity FromPublished(long sequence, PublishedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var asked = record.Advice.Any(a => a.Action == PostAction.AdviceRequested);
        return new InsightPostEntity
        {
            Sequence = sequence,
            Source = SearchSources.Published,
            AccountId = record.AccountId,
            AuthorId = record.AuthorId,
            PlatformId = record.PlatformPostId,
            At = record.PublishedAt,
            Month = MonthOf(record.PublishedAt),
            Verdict = record.Check.Verdict.ToString().ToLowerInvariant(),
            NeededAdvice = asked || record.Check.Verdict != Verdict.Allow,
            PostId = record.PostId,
            AdviceWaitSeconds = AdviceWait(record.Advice),
        };
    }

    public static InsightPostEntity FromImported(long sequence, ImportedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new InsightPostEntity
        {
            Sequence = sequence,
            Source = SearchSources.Imported,
            AccountId = record.AccountId,
            PlatformId = record.PlatformId,
            At = record.PostedAt,
            Month = MonthOf(record.PostedAt),
            Verdict = record.Check.Verdict.ToString().ToLowerInvariant(),
            NeededAdvice = record.Check.Verdict != Verdict.Allow,
        };
    }

    /// <summary>The Amsterdam month as yyyyMM.</summary>
    public static int MonthOf(DateTimeOffset at)
    {
        var date = DutchTime.DateOf(at);
        return (date.Year * 100) + date.Month;
    }

    /// <summary>
    /// Seconds from the first advice request to the first answer after it (approved or returned). An escalation is
    /// not an answer: it happens because nobody answered. Null when the exchange holds no answer.
    /// </summary>
    public static long? AdviceWait(IReadOnlyList<ArchivedAdvice> advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var request = advice.Where(a => a.Action == PostAction.AdviceRequested).OrderBy(a => a.At).FirstOrDefault();
        if (request is null)
        {
            return null;
        }

        var answer = advice.Where(a => a.At >= request.At && a.Action is PostAction.Approved or PostAction.Returned).OrderBy(a => a.At).FirstOrDefault();
        return answer is null ? null : (long)(answer.At - request.At).TotalSeconds;
    }
}
