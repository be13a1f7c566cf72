using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.History;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Insight;

/// <summary>
/// Whose figures the insight page shows: the history's reach (<see cref="HistoryReach"/>: an administrator the whole
/// board, a director their own school), and a member of the College van Bestuur the whole board as well, since the board
/// oversees every school and approves what its schools publish. What a board member sees is what the page shows anyone
/// in reach: counts, authors as a number, and the example posts behind frequent findings (the archived text as it was
/// published or imported, with its account and findings; never its author). The archive's search (every archived text,
/// filtered by author if asked) and the import history stay with <see cref="HistoryReach"/>.
/// </summary>
public sealed class InsightReach(CurrentStaff current, HistoryReach history)
{
    public async Task<(bool Allowed, IReadOnlyCollection<string>? Schools)> GetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        return staff is { Role: StaffRole.Cvb } ? (true, null) : await history.GetAsync(cancellationToken);
    }
}
