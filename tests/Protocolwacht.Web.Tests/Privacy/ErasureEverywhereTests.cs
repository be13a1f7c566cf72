using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.X;
using Protocolwacht.Web.Features.Privacy;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// Issue #15's target: after erasing a pupil, no text column of any table (enumerated from the EF model, plus
/// the tables only SQL knows, such as the search index) holds their name, and the archive still verifies. The
/// name is put everywhere a user can put it, through the app: a published post with their photo, a draft, an
/// advice question and a manager's answer (and the notice and mail that carry it), a deletion request, an
/// incident report, a parent's reaction on X fetched by the polling job, and an administrator's free texts (a
/// freeze's reason, quoted in a held delivery's error, and lift note; a platform decision's note). A post about another child with the
/// same first name keeps it.
/// </summary>
public sealed class ErasureEverywhereTests
{
    private const string Full = "Sara Ouali";
    private const string Unrelated = "Sara uit groep 3 las voor bij de kleuters.";

    [Theory]
    [AllDatabases]
    public async Task ErasePupil_NameInEveryPlaceAUserCanPutIt_GoneFromEveryTable_UnrelatedFirstNameStays(DatabaseProvider database)
    {
        var x = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(x.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Connectors:X:BaseUrl"] = server.BaseUrl.AbsoluteUri;
        });
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");

        var published = await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, $"{Full} won vandaag de sportdag!", "sara.ouali");
        await tom.PublishAsync(published);
        await app.AdvanceAsync(app.UndoPeriod);
        // The photo post went to the sandbox; this one goes to X, where a parent answers it with the child's name.
        await app.Service<AccountCredentials>().ReplaceAsync("regenboog-x", new PlatformCredentials("x-access-1") { AccountId = XServer.UserId }, CancellationToken.None);
        var tweeted = await tom.ComposeAsync("Groep 7 won de voorleeswedstrijd van de regio!", "regenboog-x");
        await tom.PublishAsync(tweeted);
        await app.AdvanceAsync(app.UndoPeriod);
        var tweet = await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == tweeted).Select(d => d.PlatformPostId!).SingleAsync());
        x.Reactions.Place(tweet, $"Gefeliciteerd {Full}! Sara heeft zo hard geoefend.", app.Clock.GetUtcNow(), handle: "trotse_ouder", name: "Trotse ouder");
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));
        await tom.OnPostPageAsync(published, "RequestDeletion", new() { ["reason"] = $"De ouders van {Full} willen de foto weg." });
        var draft = await tom.ComposeAsync("Verslag van de voorleeswedstrijd: Sara werd tweede!", "regenboog-x");
        await tom.RequestAdviceAsync(draft, $"Mag de naam van {Full} erin?");
        await karin.ReturnAsync(draft, "Liever niet: noem Sara's naam niet, alleen de groep.");
        var other = await tom.ComposeAsync(Unrelated, "regenboog-x");
        using var parent = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await parent.PostFormAsync("/melden", new()
        {
            ["Report.SchoolId"] = "regenboog",
            ["Report.Category"] = nameof(IncidentCategory.PupilBullying),
            ["Report.Description"] = $"In de groepsapp wordt {Full} uitgescholden; Sara durft niet meer naar school.",
            ["Report.People[0].Role"] = "leerling",
            ["Report.People[0].Description"] = "Sara, groep 7",
            ["Report.ReporterContact"] = "",
            ["Website"] = "",
        })).StatusCode);

        // An administrator's own free texts: a freeze about the child (its reason quoted in the held delivery's
        // error) lifted with a note, and a platform decision's note.
        var held = await tom.ComposeAsync("Vrijdag is de open dag van onze school.", app.Clock.GetUtcNow().AddHours(1), "regenboog-x");
        await tom.PublishAsync(held);
        Assert.Equal(HttpStatusCode.Redirect, (await karin.PostFormAsync("/freezes", new() { ["SchoolId"] = "regenboog", ["Reason"] = $"Ophef over de foto van {Full}.", }, handler: "Start")).StatusCode);
        await app.AdvanceAsync(TimeSpan.FromHours(1));
        var freeze = await app.WithDbAsync(db => db.PublishingFreezes.Select(f => f.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await karin.PostFormAsync($"/freezes?id={freeze}", new() { ["Note"] = "Sara's ouders zijn gebeld." }, handler: "Lift", pagePath: "/freezes")).StatusCode);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.Redirect, (await sanne.PostFormAsync("/platform-decisions", new()
        {
            ["AccountId"] = "regenboog-x",
            ["DpiaDate"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Outcome"] = nameof(DpiaOutcome.Approved),
            ["Agreement"] = nameof(ProcessingAgreement.No),
            ["Reviewer"] = "functionaris gegevensbescherming",
            ["ReviewDate"] = today.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Note"] = $"Opnieuw bekeken na de klacht over de foto van {Full}.",
        })).StatusCode);

        // Before: the name is in every kind of place, so the scan below can fail.
        var before = await NameScan.HoldingAsync(app, Full, FirstName(), "sara.ouali");
        Assert.Subset(before.Select(h => h.Table).ToHashSet(), new HashSet<string>
        {
            "posts", "post_transitions", "post_changes", "deliveries", "sandbox_publications", "notifications",
            "outgoing_mails", "incidents", "archive_contents", "archive_search", "reactions",
            "publishing_freezes", "platform_decisions",
        });

        var erased = await (await sanne.PostFormAsync("/privacy/pupils/sara.ouali/erase", new() { ["Reason"] = $"Verzoek van de ouders van {Full}.", ["Confirm"] = "true" })).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"erased\"", erased, StringComparison.Ordinal);

        // After: the first name only where it is about another child; the full name nowhere.
        var after = await NameScan.HoldingAsync(app, Full, FirstName(), "sara.ouali");
        Assert.All(after, h => Assert.Contains(Unrelated, h.Row, StringComparison.Ordinal));
        Assert.Equal(Unrelated, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == other).Select(p => p.Text).SingleAsync()));
        Assert.Equal("Verslag van de voorleeswedstrijd: [naam verwijderd] werd tweede!", await app.WithDbAsync(db => db.Posts.Where(p => p.Id == draft).Select(p => p.Text).SingleAsync()));

        Assert.Equal("Gefeliciteerd [naam verwijderd]! [naam verwijderd] heeft zo hard geoefend.", await app.WithDbAsync(db => db.Reactions.Select(r => r.Text).SingleAsync()));

        // The advice steps are history: each changed step has a redaction record saying which, when and by whom, without the name.
        var steps = await app.WithDbAsync(db => db.PostTransitionRedactions.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal([(draft, 2), (published, 1)], steps.GroupBy(s => s.PostId).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)); // question + answer; the deletion request
        Assert.All(steps, s => Assert.Equal("sanne.deboer", s.RedactedBy));
        Assert.All(steps, s => Assert.Equal((app.Clock.GetUtcNow(), ErasedNameSweep.StepGround), (s.RedactedAt, s.Ground)));
        var reasons = await app.WithDbAsync(db => db.Posts.AsNoTracking().Where(p => p.Id == draft).Select(p => p.Transitions.Select(t => t.Reason)).SingleAsync());
        Assert.Contains("Mag de naam van [naam verwijderd] erin?", reasons);
        Assert.Contains("Liever niet: noem [naam verwijderd] naam niet, alleen de groep.", reasons);

        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PupilErased));
        Assert.Contains("Verzoek van de ouders van [naam verwijderd]", audit.Details, StringComparison.Ordinal);
    }

    private static Regex FirstName() => new(@"(?<![\p{L}\p{N}])sara(?![\p{L}\p{N}])", RegexOptions.IgnoreCase);
}
