using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Time;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// The board's yearly overview of one school: counts per category and the time to close, nothing else.
/// It carries no description, person, reporter or handler, so it can be shown to the board as it is.
/// </summary>
public sealed record YearOverview(string SchoolId, int Year, IReadOnlyDictionary<IncidentCategory, int> PerCategory, int Open, int Closed, double? AverageDaysToClose)
{
    /// <summary>One row per school and calendar year (Dutch calendar) in which something was reported.</summary>
    public static IReadOnlyList<YearOverview> From(IEnumerable<Incident> incidents) =>
        [.. incidents
            .GroupBy(i => (i.SchoolId, DutchTime.ToLocal(i.ReportedAt).Year))
            .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.SchoolId, StringComparer.Ordinal)
            .Select(g => Row(g.Key.SchoolId, g.Key.Year, [.. g]))];

    private static YearOverview Row(string schoolId, int year, IReadOnlyList<Incident> incidents)
    {
        var closed = incidents.Where(i => i.IsClosed).Select(i => (i.ClosedAt!.Value - i.ReportedAt).TotalDays).ToList();
        return new YearOverview(
            schoolId,
            year,
            incidents.GroupBy(i => i.Category).ToDictionary(c => c.Key, c => c.Count()),
            incidents.Count - closed.Count,
            closed.Count,
            closed.Count == 0 ? null : Math.Round(closed.Average(), 1));
    }
}
