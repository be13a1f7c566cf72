using Microsoft.AspNetCore.Mvc;
using Protocolwacht.History.Report;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>
/// The printable report for an audit or a Woo request (issue #10 item 5), for administrators:
/// <c>/archive/report?from=JJJJ-MM-DD&amp;to=…&amp;school=…&amp;account=…</c> answers one standalone HTML
/// document that prints well to PDF; its stylesheet is <c>/archive/report.css</c>. The same report comes from
/// <c>protocolwacht archive report</c>. Each report is recorded in the audit log (it holds names and texts).
/// </summary>
public static class ArchiveReportApi
{
    public static IEndpointRouteBuilder MapArchiveReport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/archive/report", ReportAsync).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        app.MapGet("/archive/report.css", () => Results.Text(ArchiveReportHtml.Css, "text/css")).ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> ReportAsync(
        [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, [FromQuery] string? school, [FromQuery] string? account,
        HttpContext context, ArchiveStore store, CheckerSnapshot checkers, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var selection = new ArchiveReportSelection(from, to, string.IsNullOrWhiteSpace(school) ? null : school, string.IsNullOrWhiteSpace(account) ? null : account);
        var report = await new ArchiveReportBuilder(store, time).BuildAsync(selection, organisation, cancellationToken);
        await audit.RecordNowAsync(context.User.StaffId(), AuditActions.ArchiveReportMade, "archief:verantwoording",
            $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd} school {selection.SchoolId ?? "alle"}, {report.Publications.Count} publicaties", cancellationToken);
        return Results.Content(ArchiveReportHtml.Render(report, organisation, "/archive/report.css"), "text/html; charset=utf-8");
    }
}
