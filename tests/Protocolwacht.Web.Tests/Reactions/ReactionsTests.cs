using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Reactions;

/// <summary>
/// The polling job against local platform servers, driven by the fake clock, and the inbox at /reacties.
/// A post is published the way staff do it (compose, confirm, undo period), on Sint Jozef's Mastodon account.
/// </summary>
public class ReactionsTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private const string Civil = "Jammer dat de sportdag zo laat werd aangekondigd, volgend jaar graag eerder.";
    private const string Abusive = "Wat een dom kind is dat, en die juf is een sukkel.";

    [Theory]
    [AllDatabases]
    public async Task PlacedReaction_AppearsInTheInboxWithinOnePollingInterval_OnceAndChecked(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync(database);
        var status = await PublishOnMastodonAsync(app, server);
        using var linda = await app.SignInAsync("linda.koster");

        var civil = platform.Reactions.Place(status, Civil, app.Clock.GetUtcNow(), handle: "ouder@social.example", name: "Een Ouder");
        platform.Reactions.Place(status, Abusive, app.Clock.GetUtcNow(), handle: "boos@social.example", name: "Boos");
        Assert.Equal(0, await app.WithDbAsync(db => db.Reactions.CountAsync()));
        Assert.DoesNotContain(Civil, await linda.GetPageAsync("/reacties"), StringComparison.Ordinal);

        await app.AdvanceAsync(Interval);

        var rows = await app.WithDbAsync(db => db.Reactions.AsNoTracking().OrderBy(r => r.Text).ToListAsync());
        Assert.Equal(2, rows.Count);
        var abusive = rows.Single(r => r.Text == Abusive);
        Assert.True(abusive.Flagged);
        Assert.Contains("kwetsend", abusive.FlagReason, StringComparison.Ordinal);
        Assert.False(rows.Single(r => r.Text == Civil).Flagged);
        Assert.Equal(("ouder@social.example", "Een Ouder"), (rows.Single(r => r.Text == Civil).AuthorHandle, rows.Single(r => r.Text == Civil).AuthorName));

        var inbox = WebUtility.HtmlDecode(await linda.GetPageAsync("/reacties"));
        Assert.Contains(Civil, inbox, StringComparison.Ordinal);
        Assert.Contains(abusive.FlagReason!, inbox, StringComparison.Ordinal);
        Assert.True(inbox.IndexOf(Civil, StringComparison.Ordinal) > 0);
        Assert.Contains("(Mastodon, Sint Jozefschool)", inbox, StringComparison.Ordinal); // the platform's name, not its code (stop 51)
        Assert.DoesNotContain("(mastodon,", inbox, StringComparison.Ordinal);

        // The stored Dutch flag reads in English for who chose English; the reaction's own words stay as written.
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(linda);
        var english = WebUtility.HtmlDecode(await linda.GetPageAsync("/reacties"));
        Assert.Contains("Flagged: hurtful, hateful or threatening", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemarkeerd", english, StringComparison.Ordinal);
        Assert.Contains(Abusive, english, StringComparison.Ordinal);

        // Fetched again every round: stored once. The account's own reply marks the reaction answered.
        platform.Reactions.Place(status, "Dank voor je reactie, we bellen je morgen even.", app.Clock.GetUtcNow(), handle: "sintjozef", name: "Sint Jozef", authorId: MastodonServer.AccountId, parentId: civil.Id);
        await app.AdvanceAsync(Interval);
        rows = await app.WithDbAsync(db => db.Reactions.AsNoTracking().ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.NotNull(rows.Single(r => r.Text == Civil).AnsweredAt);
        Assert.Null(rows.Single(r => r.Text == Abusive).AnsweredAt);
    }

    [Fact]
    public async Task Inbox_TeacherOfAnotherSchool_SeesNoneAndTheMenuCountsOnlyUnreadOfOwnSchool()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        var status = await PublishOnMastodonAsync(app, server);
        platform.Reactions.Place(status, Civil, app.Clock.GetUtcNow());
        await app.AdvanceAsync(Interval);
        var id = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());

        using var tom = await app.SignInAsync("tom.hendriks");
        var other = await tom.GetPageAsync("/reacties?filter=alle");
        Assert.DoesNotContain(Civil, other, StringComparison.Ordinal);
        Assert.Contains("no-reactions", other, StringComparison.Ordinal);
        var hide = await tom.PostFormAsync($"/reacties?id={id}", [], handler: "NoAnswer", pagePath: "/reacties");
        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Reactions.Select(r => r.NoAnswerNeededAt).SingleAsync()));

        using var mark = await app.SignInAsync("mark.willems");
        var start = await mark.GetPageAsync("/");
        Assert.Contains("data-testid=\"menu-count-unread-reactions\">1<", start, StringComparison.Ordinal);
        Assert.DoesNotContain("menu-count-unread-reactions", await tom.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.Contains(Civil, WebUtility.HtmlDecode(await mark.GetPageAsync("/reacties")), StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Reactions.Select(r => r.ReadAt).SingleAsync()));
        Assert.DoesNotContain("menu-count-unread-reactions", await mark.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_TheAccountIsLeftAloneUntilTheResetTime()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        var status = await PublishOnMastodonAsync(app, server);
        platform.Reactions.Place(status, Civil, app.Clock.GetUtcNow());
        platform.Reactions.RateLimitedReads = 1;
        platform.RateLimitReset = app.Clock.GetUtcNow().AddMinutes(12).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

        await app.AdvanceAsync(Interval);
        var asked = ContextCalls(server);
        Assert.Equal(1, asked);
        await app.AdvanceAsync(Interval);
        Assert.Equal(asked, ContextCalls(server));
        Assert.Equal(0, await app.WithDbAsync(db => db.Reactions.CountAsync()));

        await app.AdvanceAsync(Interval);
        Assert.Equal(asked + 1, ContextCalls(server));
        Assert.Equal(1, await app.WithDbAsync(db => db.Reactions.CountAsync()));
    }

    /// <summary>Issue #11: the pause is the database's, so a second instance on the same database keeps to it too.</summary>
    [Theory]
    [AllDatabases]
    public async Task RateLimited_ASecondInstanceKeepsToThePauseTheFirstWasGiven(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var first = await ProtocolwachtApp.StartAsync(database);
        var status = await PublishOnMastodonAsync(first, server);
        await using var second = await first.StartSecondInstanceAsync();
        var before = ContextCalls(server); // the second instance's first round, at its start, has asked already
        platform.Reactions.Place(status, Civil, first.Clock.GetUtcNow());
        platform.Reactions.RateLimitedReads = 1;
        platform.RateLimitReset = first.Clock.GetUtcNow().AddMinutes(12).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

        await first.AdvanceAsync(Interval);
        Assert.Equal(before + 1, ContextCalls(server)); // the first instance asked and was told to wait 12 minutes

        second.Clock.SetUtcNow(first.Clock.GetUtcNow() + Interval);
        await second.RunBackgroundJobsAsync();
        Assert.Equal(before + 1, ContextCalls(server)); // within the pause: the second instance does not ask

        second.Clock.SetUtcNow(first.Clock.GetUtcNow() + TimeSpan.FromMinutes(13));
        await second.RunBackgroundJobsAsync();
        Assert.Equal(before + 2, ContextCalls(server)); // after it, the second instance asks (it could all along)
        Assert.Equal(1, await first.WithDbAsync(db => db.Reactions.CountAsync()));
    }

    [Fact]
    public async Task Hide_OnX_HidesOnThePlatformKeepsTheReactionAndRecordingAsIncidentPrefillsTheRegister()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Connectors:X:BaseUrl"] = server.BaseUrl.AbsoluteUri);
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-x", new PlatformCredentials("x-access-1") { AccountId = XServer.UserId }, CancellationToken.None);
        var postId = await PublishAsync(app, "sintjozef-x");
        var tweet = await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId).Select(d => d.PlatformPostId!).SingleAsync());
        var reply = platform.Reactions.Place(tweet, Abusive, app.Clock.GetUtcNow(), handle: "boos", name: "Boos");
        await app.AdvanceAsync(Interval);
        var id = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());

        using var ingrid = await app.SignInAsync("ingrid.smit");
        var page = await ingrid.GetPageAsync("/reacties");
        Assert.Contains("reaction-hide", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Verwijderen", page, StringComparison.Ordinal);
        // X takes reports only in its own app: no report form, a pointer to the reaction there.
        Assert.DoesNotContain("reaction-report-send", page, StringComparison.Ordinal);
        Assert.Contains("reaction-report-elsewhere", page, StringComparison.Ordinal);
        var hidden = await ingrid.PostFormAsync($"/reacties?id={id}", [], handler: "Hide", pagePath: "/reacties");
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.True(platform.Reactions.IsHidden(reply.Id));
        Assert.NotNull(await app.WithDbAsync(db => db.Reactions.Select(r => r.HiddenAt).SingleAsync()));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.ReactionHidden).Select(e => new { e.Actor, e.Subject, e.Details }).SingleAsync());
        Assert.Equal(("ingrid.smit", $"reaction:{id}"), (audit.Actor, audit.Subject));
        Assert.DoesNotContain("sukkel", audit.Details ?? string.Empty, StringComparison.Ordinal);

        var form = WebUtility.HtmlDecode(await ingrid.GetPageAsync($"/incidents/new?reactie={id}"));
        Assert.Contains(Abusive, form, StringComparison.Ordinal);
        var report = await ingrid.PostFormAsync($"/incidents/new?reactie={id}", new()
        {
            ["Report.SchoolId"] = "sintjozef",
            ["Report.Category"] = "HateInReactions",
            ["Report.Severity"] = "Medium",
            ["Report.Description"] = "Reactie van Boos: " + Abusive,
        }, pagePath: "/incidents/new");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        var incident = await app.WithDbAsync(db => db.Incidents.Select(i => i.Id).SingleAsync());
        Assert.Equal(incident, await app.WithDbAsync(db => db.Reactions.Select(r => r.IncidentId).SingleAsync()));
    }

    [Fact]
    public async Task Report_OnMastodon_ReachesTheModeratorsOnce_TheReactionStaysAndWhoReportedIsRecorded()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        var status = await PublishOnMastodonAsync(app, server);
        var placed = platform.Reactions.Place(status, Abusive, app.Clock.GetUtcNow(), handle: "boos@social.example", name: "Boos", authorId: "acct-boos");
        await app.AdvanceAsync(Interval);
        var id = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());
        using var linda = await app.SignInAsync("linda.koster");
        Assert.Contains("reaction-report-send", await linda.GetPageAsync("/reacties"), StringComparison.Ordinal);
        Assert.Empty(platform.Reactions.Reports);

        var reported = await linda.PostFormAsync($"/reacties?id={id}", new() { ["reason"] = "Abuse", ["comment"] = "Beledigt een leerkracht van onze school." }, handler: "Report", pagePath: "/reacties");

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal(new PlacedReport(placed.Id, "other", "Beledigt een leerkracht van onze school."), Assert.Single(platform.Reactions.Reports));
        var row = await app.WithDbAsync(db => db.Reactions.AsNoTracking().SingleAsync());
        Assert.Equal(("linda.koster", app.Clock.GetUtcNow(), (DateTimeOffset?)null), (row.ReportedBy, row.ReportedAt!.Value, row.HiddenAt));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.ReactionReported).Select(e => new { e.Actor, e.Subject, e.Details }).SingleAsync());
        Assert.Equal(("linda.koster", $"reaction:{id}"), (audit.Actor, audit.Subject));
        Assert.DoesNotContain("sukkel", audit.Details ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("leerkracht", audit.Details ?? string.Empty, StringComparison.Ordinal);
        var page = await linda.GetPageAsync("/reacties");
        Assert.Contains("reaction-reported", page, StringComparison.Ordinal);
        Assert.DoesNotContain("reaction-report-send", page, StringComparison.Ordinal);

        // Reporting again (a second tab) sends nothing more.
        await linda.PostFormAsync($"/reacties?id={id}", new() { ["reason"] = "Abuse" }, handler: "Report", pagePath: "/reacties");
        Assert.Single(platform.Reactions.Reports);
    }

    private static int ContextCalls(LocalPlatformServer server) => server.Received.Count(r => r.Path.EndsWith("/context", StringComparison.Ordinal));

    /// <returns>The Mastodon status id of a post Linda published on Sint Jozef's account.</returns>
    private static async Task<string> PublishOnMastodonAsync(ProtocolwachtApp app, LocalPlatformServer server)
    {
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);
        var postId = await PublishAsync(app, "sintjozef-mastodon");
        return await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId).Select(d => d.PlatformPostId!).SingleAsync());
    }

    private static async Task<Guid> PublishAsync(ProtocolwachtApp app, string account)
    {
        await app.AcknowledgeProtocolAsync("linda.koster");
        using var linda = await app.SignInAsync("linda.koster");
        var postId = await linda.ComposeAsync("Wat een mooie sportdag hadden we vandaag!", account);
        Assert.Equal(HttpStatusCode.Redirect, (await linda.PublishAsync(postId)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        Assert.Equal(DeliveryStatus.Published, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId).Select(d => d.Status).SingleAsync()));
        return postId;
    }
}
