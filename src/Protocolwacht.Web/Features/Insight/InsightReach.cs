using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.History;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// Whose figures the insight page shows, and whether its example posts open. The figures follow the history's reach
/// (<see cref="HistoryReach"/>: an administrator the whole board, a director their own school), and a member of the
/// College van Bestuur sees the whole board's figures as well, since the board oversees every school: counts, the school
/// filter and the CSV, authors as a number. The example posts behind frequent findings are archived texts, so they stay
/// with <see cref="HistoryReach"/>, who may search the archive anyway (stop 48's review: a board member could read every
/// archived text through /insight/voorbeeld/n, since every archived post is in the insight's table). Least data: the
/// board oversees by figures, not by reading posts.
/// </summary>
public sealed class InsightReach(CurrentStaff current, HistoryReach history)
{
    /// <summary>Whether the viewer sees the insight at all, the schools they see (null: every school) and whether the example posts open for them.</summary>
    public async Task<(bool Allowed, IReadOnlyCollection<string>? Schools, bool Examples)> GetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        if (staff is { Role: StaffRole.Cvb } && !current.IsAdmin)
        {
            return (true, null, false);
        }

        var (allowed, schools) = await history.GetAsync(cancellationToken);
        return (allowed, schools, allowed);
    }
}
