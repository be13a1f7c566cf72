using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Incidents;

public class PublicReportTests
{
    [Theory]
    [AllDatabases]
    public async Task PublicReport_WithoutAccount_GoesToTheSchoolsContactPerson_HoneypotDropsIt_RateLimitStopsFloodKeepingTheForm(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Incidents:ReportsPerWindow"] = "3";
        });
        using var parent = app.Anonymous();

        var sent = await parent.PostFormAsync("/melden", Report("regenboog", "ouder@example.org"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("bedankt=True", sent.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var incident = await app.WithDbAsync(db => db.Incidents.SingleAsync());
        Assert.Equal(("regenboog", "eva.degroot", "ouder@example.org", true), (incident.SchoolId, incident.HandlerId, incident.ReporterContact, incident.ReportedPublicly));
        Assert.Equal([new IncidentPerson("leerling", "groep 7")], incident.People);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "eva.degroot" && n.Link == $"/incidents/{incident.Id}")));

        var bot = Report("regenboog", null);
        bot["Website"] = "http://goedkope-pillen.example";
        Assert.Equal(HttpStatusCode.Redirect, (await parent.PostFormAsync("/melden", bot)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Incidents.CountAsync()));

        // A report sent back with a mistake does not count (the review of stop 50: it did, and its corrected resend could
        // be refused): with it, the next report would have been this address's fourth.
        var mistaken = Report("kompas", null);
        mistaken["Report.Description"] = "";
        Assert.Equal(HttpStatusCode.OK, (await parent.PostFormAsync("/melden", mistaken)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await parent.PostFormAsync("/melden", Report("kompas", null))).StatusCode);
        Assert.Equal("youssef.bakker", await app.WithDbAsync(db => db.Incidents.Where(i => i.SchoolId == "kompas").Select(i => i.HandlerId).SingleAsync())); // no contact person: the director

        // Over the limit: the form again, the reason at its top and what was typed still in it (it was a bare sentence).
        var flood = await parent.PostFormAsync("/melden", Report("regenboog", "06-12345678"));
        Assert.Equal(HttpStatusCode.TooManyRequests, flood.StatusCode);
        var refused = WebUtility.HtmlDecode(await flood.Content.ReadAsStringAsync());
        var summary = refused[refused.IndexOf("data-testid=\"report-errors\"", StringComparison.Ordinal)..];
        Assert.Contains("Er zijn vanaf dit adres te veel meldingen gedaan. Probeer het later opnieuw, of bel de school.", summary[..summary.IndexOf("</ul>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains(">In een groepsapp wordt een leerling uitgescholden en buitengesloten.</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"06-12345678\"", refused, StringComparison.Ordinal);
        Assert.Contains("<option value=\"regenboog\" selected=\"selected\">", refused, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    /// <summary>
    /// A report with mistakes (stop 50's walk at 390 px: one sentence above the form, nothing at the field, the description's
    /// help under the field and over the next label): every mistake at once, in a summary at the top whose lines lead to
    /// their fields, and again beside each field, which names its help and its error for a screen reader. Every label is
    /// bound to its control. Nothing typed is lost, nothing is stored; an English reader reads it all in English.
    /// </summary>
    [Fact]
    public async Task PublicReport_WithMistakes_NamesEachBesideItsFieldAndInASummary_KeepsWhatWasTyped_StoresNothing()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var pupil = app.Anonymous();
        var fields = Report("regenboog", "06-12345678");
        fields["Report.Description"] = "  ";
        fields["Report.People[1].Description"] = "mijn broer"; // without a role: it used to vanish without a word
        fields["Report.People[1].Role"] = "";
        fields["Report.People[2].Role"] = ""; // the third row, empty, as a browser sends it
        fields["Report.People[2].Description"] = "";

        var response = await pupil.PostFormAsync("/melden", fields);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = page[page.IndexOf("data-testid=\"report-errors\"", StringComparison.Ordinal)..];
        summary = summary[..summary.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains("role=\"alert\"", page[..page.IndexOf("data-testid=\"report-errors\"", StringComparison.Ordinal)][^200..], StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Report_Description\">Beschrijf wat er is gebeurd.</a>", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Report_People_1__Role\">Kies de rol van betrokkene 2, of maak de omschrijving leeg.</a>", summary, StringComparison.Ordinal);
        Assert.True(page.IndexOf("data-testid=\"report-errors\"", StringComparison.Ordinal) < page.IndexOf("id=\"Report_SchoolId\"", StringComparison.Ordinal), "the summary comes before the first field");
        // Beside the field, between its label and its control, which is described by its help and its error.
        Assert.Matches("<label class=\"utrecht-form-label\" for=\"Report_Description\">Beschrijving</label>\\s*<p [^>]*id=\"Report_Description-hint\">Noem geen namen[^<]*</p>\\s*<p [^>]*id=\"Report_Description-error\"[^>]*><span class=\"visually-hidden\">Fout: </span>Beschrijf wat er is gebeurd.</p>\\s*<textarea id=\"Report_Description\"[^>]* aria-describedby=\"Report_Description-hint Report_Description-error\" aria-invalid=\"true\"", page);
        Assert.Matches("<select id=\"Report_People_1__Role\"[^>]* aria-describedby=\"Report_People_1__Role-error\" aria-invalid=\"true\"", page);
        Assert.DoesNotMatch("<select id=\"Report_SchoolId\"[^>]* aria-invalid", page); // a good field is not marked
        Assert.Equal(2, Regex.Count(page, "data-testid=\"field-error\""));
        // Every control has its label.
        var controls = Regex.Matches(page, "<(?:select|textarea|input)[^>]* id=\"(Report_[A-Za-z0-9_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(11, controls.Count); // school, what, description, when discovered, three roles and their descriptions, the contact
        Assert.All(controls, id => Assert.Contains($"<label class=\"utrecht-form-label\" for=\"{id}\">", page, StringComparison.Ordinal));
        // What was typed is still there.
        Assert.Contains("value=\"06-12345678\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"mijn broer\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"leerling\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        // The browser does not check first (stop 50's review: the description's "required" showed one bubble in the
        // device's language and sent nothing, so the summary above never came): both forms leave the checking to the server.
        Assert.Contains("<form method=\"post\" class=\"report-form\" data-testid=\"public-report-form\" novalidate>", await pupil.GetPageAsync("/melden"), StringComparison.Ordinal);
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.Contains("<form method=\"post\" class=\"report-form\" novalidate>", await tom.GetPageAsync("/incidents/new"), StringComparison.Ordinal);

        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(pupil);
        var english = WebUtility.HtmlDecode(await (await pupil.PostFormAsync("/melden", fields)).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Report_Description\">Describe what happened.</a>", english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Error: </span>Choose the role of person 2, or clear the description.</p>", english, StringComparison.Ordinal);
        Assert.Contains("The report has not been sent yet", english, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    private static Dictionary<string, string> Report(string school, string? contact) => new()
    {
        ["Report.SchoolId"] = school,
        ["Report.Category"] = nameof(IncidentCategory.PupilBullying),
        ["Report.Description"] = "In een groepsapp wordt een leerling uitgescholden en buitengesloten.",
        ["Report.People[0].Role"] = "leerling",
        ["Report.People[0].Description"] = "groep 7",
        ["Report.ReporterContact"] = contact ?? "",
        ["Website"] = "",
    };
}
