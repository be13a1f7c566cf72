using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.History.Report;

/// <summary>
/// The printable report (Dutch) as one standalone HTML document: what was published, by whom, after which
/// check and whose approval, and every correction and deletion, with the record numbers and the tree head an
/// auditor checks them against. Its stylesheet (<see cref="Css"/>) has print rules, so a browser's "Afdrukken
/// als PDF" gives clean pages. The app links the stylesheet (its CSP forbids inline style); the command line
/// embeds it, so the file stands on its own.
/// </summary>
public static class ArchiveReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The report's stylesheet (screen and print), embedded in this assembly.</summary>
    public static string Css { get; } = ReadCss();

    /// <param name="stylesheetHref">Where the page links the stylesheet; null embeds it in a style element.</param>
    public static string Render(ArchiveReport report, OrganisationModel? organisation, string? stylesheetHref)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Verantwoording publicaties</title>\n");
        html.Append(stylesheetHref is null ? $"<style>\n{Css}</style>\n" : $"<link rel=\"stylesheet\" href=\"{E(stylesheetHref)}\">\n");
        html.Append("</head>\n<body>\n<main>\n<h1>Verantwoording publicaties</h1>\n");
        Header(html, report, organisation);
        if (report.Publications.Count == 0)
        {
            html.Append("<p>Er zijn geen publicaties in deze selectie.</p>\n");
        }

        foreach (var publication in report.Publications)
        {
            Publication(html, publication, organisation);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ArchiveReport report, OrganisationModel? organisation)
    {
        var s = report.Selection;
        var school = s.SchoolId is null ? "alle scholen" : organisation?.Schools.FirstOrDefault(x => x.Id == s.SchoolId)?.Name ?? s.SchoolId;
        html.Append("<dl class=\"selection\">\n")
            .Append($"<dt>Periode</dt><dd>{E(s.From?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "begin")} t/m {E(s.To?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "nu")}</dd>\n")
            .Append($"<dt>School</dt><dd>{E(school)}</dd>\n")
            .Append($"<dt>Account</dt><dd>{E(s.AccountId ?? "alle accounts")}</dd>\n")
            .Append($"<dt>Publicaties</dt><dd data-testid=\"report-count\">{report.Publications.Count}</dd>\n")
            .Append($"<dt>Opgesteld</dt><dd>{E(DutchTime.Format(report.MadeAt))}</dd>\n");
        if (report.TreeHead is { } head)
        {
            html.Append($"<dt>Boomkop</dt><dd>{head.TreeSize} records, wortel <code>{Convert.ToHexStringLower(head.RootHash)}</code>, ondertekend {E(DutchTime.Format(head.Timestamp))} (sleutel {E(head.KeyId)})</dd>\n");
        }
        else
        {
            html.Append("<dt>Boomkop</dt><dd>nog geen ondertekende boomkop</dd>\n");
        }

        html.Append("</dl>\n<p class=\"note\">Elk record is te controleren met <code>protocolwacht archive prove --record N --tree-size M</code> tegen de boomkop hierboven; de export (<code>archive export</code>) geeft de bewijzen erbij.</p>\n");
    }

    private static void Publication(StringBuilder html, ReportedPublication p, OrganisationModel? organisation)
    {
        html.Append($"<article class=\"publication\" data-testid=\"report-publication\">\n<h2>Record {p.Sequence}");
        if (p.Published is not { } r)
        {
            html.Append(" — inhoud verwijderd</h2>\n<p>De inhoud van dit record is verwijderd (bewaartermijn of verzoek); het record zelf en zijn plaats in de boom blijven.</p>\n</article>\n");
            return;
        }

        html.Append($" — {E(Account(organisation, r.AccountId))}, {E(DutchTime.Format(r.PublishedAt))}</h2>\n<dl>\n")
            .Append($"<dt>Auteur</dt><dd>{E(Name(organisation, r.AuthorId))}</dd>\n")
            .Append($"<dt>Goedkeuring</dt><dd>{E(r.ApprovedBy is null ? "niet nodig (de controle vond geen twijfel)" : Name(organisation, r.ApprovedBy))}</dd>\n")
            .Append($"<dt>Controle</dt><dd>{E(Verdict(r.Check.Verdict))}{E(r.Check.ProtocolVersion is { } v ? $", protocol versie {v}" : "")}</dd>\n");
        if (r.PlatformUrl is not null)
        {
            html.Append($"<dt>Op het platform</dt><dd>{E(r.PlatformUrl)}</dd>\n");
        }

        html.Append("</dl>\n");
        html.Append($"<blockquote>{E(r.Text)}</blockquote>\n");
        if (r.Check.Findings.Count > 0)
        {
            // The check's messages speak to the author ("vraag je leidinggevende om advies"); an auditor reads them as such.
            html.Append("<p class=\"findings-intro\">Wat de controle de auteur meldde:</p>\n<ul class=\"findings\">\n");
            foreach (var f in r.Check.Findings)
            {
                html.Append($"<li>{E(f.Severity)} ({E(f.Guideline)}): {E(f.Message)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        foreach (var a in r.Advice)
        {
            html.Append($"<p class=\"advice\">{E(a.Action.ToDutch())} door {E(Name(organisation, a.ActorId))} op {E(DutchTime.Format(a.At))}{E(a.Text is null ? "" : $": {a.Text}")}</p>\n");
        }

        foreach (var (sequence, rev) in p.Revisions)
        {
            html.Append($"<section class=\"revision\"><h3>Record {sequence}: aangepast door {E(Name(organisation, rev.CorrectedBy))} op {E(DutchTime.Format(rev.AppliedAt))}</h3>\n")
                .Append($"<p>Reden: {E(rev.Reason.TrimEnd('.'))}. Controle: {E(Verdict(rev.Check.Verdict))}{E(rev.ApprovedBy is null ? "" : $", goedgekeurd door {Name(organisation, rev.ApprovedBy)}")}. {E(rev.Method == DeliveryKind.Edit ? "Bewerkt op het platform." : "Correctie als reactie geplaatst.")}</p>\n")
                .Append($"<blockquote>{E(rev.Text)}</blockquote></section>\n");
        }

        if (p.Tombstone is { } tombstone)
        {
            var (tombSequence, tomb) = tombstone;
            html.Append($"<section class=\"tombstone\"><h3>Record {tombSequence}: verwijderd op {E(DutchTime.Format(tomb.DeletedAt))}</h3>\n")
                .Append($"<p>Gevraagd door {E(Name(organisation, tomb.RequestedBy))}, goedgekeurd door {E(Name(organisation, tomb.ApprovedBy))}. Reden: {E(tomb.Reason)}</p></section>\n");
        }

        html.Append("</article>\n");
    }

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Domain.Posts.Verdict.Allow => "toegestaan",
        Domain.Posts.Verdict.Doubt => "twijfel",
        _ => "geblokkeerd",
    };

    private static string Name(OrganisationModel? organisation, string staffId) =>
        staffId == PostTransition.SystemActor ? "het systeem" : organisation?.FindStaff(staffId)?.Name ?? staffId;

    private static string Account(OrganisationModel? organisation, string accountId) =>
        organisation?.FindAccount(accountId) is { } a ? $"{a.Handle} ({a.Channel})" : accountId;

    private static string E(string value) => Encoder.Encode(value);

    private static string ReadCss()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Protocolwacht.History.Report.archive-report.css")
            ?? throw new InvalidOperationException("archive-report.css is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
