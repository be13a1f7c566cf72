using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.PlatformDecisions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.PlatformDecisions;

public class PlatformDecisionTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task AccountWithoutCurrentDecision_ConfirmationRefused_AndScheduledDeliveryHeld(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var inAnHour = app.Clock.GetUtcNow().AddHours(1);
        var onX = await fatima.ComposeAsync("Vrijdag is de open dag van onze school.", inAnHour, "regenboog-x");
        var onFacebook = await fatima.ComposeAsync("Vrijdag is de open dag; welkom vanaf negen uur.", inAnHour, "regenboog-facebook");
        await fatima.PublishAsync(onX);
        await fatima.PublishAsync(onFacebook);
        Assert.Equal(2, await app.WithDbAsync(db => db.Deliveries.CountAsync())); // the demo decisions let both confirm

        var recorded = await RecordAsync(app, sanne, "regenboog-x", DpiaOutcome.Rejected);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromHours(2));

        var held = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == onX));
        Assert.Equal(DeliveryStatus.Pending, held.Status);
        Assert.Contains("niet te gebruiken", held.LastError, StringComparison.Ordinal);
        Assert.Equal(["regenboog-facebook"], await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.AccountKey).ToListAsync()));

        var again = await fatima.ComposeAsync("Maandag begint de projectweek.", "regenboog-x");
        await fatima.PublishAsync(again);
        Assert.Contains("besloten dit platform niet te gebruiken", await fatima.GetPageAsync($"/posts/{again}/publish"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == again)));
    }

    [Fact]
    public async Task BadDecision_IsRefusedInDutch_AndNothingRecorded()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var before = await app.WithDbAsync(db => db.PlatformDecisions.CountAsync());

        var response = await RecordAsync(app, sanne, "regenboog-x", DpiaOutcome.Approved, reviewInDays: -30);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("herbeoordelingsdatum moet na de datum van de DPIA", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.PlatformDecisions.CountAsync()));
    }

    [Fact]
    public async Task DemoDecisions_NoteAndReviewer_AreInTheReadersLanguage()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var dutch = WebUtility.HtmlDecode(await sanne.GetPageAsync("/platform-decisions"));
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(sanne);

        var english = WebUtility.HtmlDecode(await sanne.GetPageAsync("/platform-decisions"));

        Assert.Contains(DemoPlatformDecisionSeeder.Note, dutch, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cell-label\">Beoordeeld door</span>Demo: communicatieadviseur</td>", dutch, StringComparison.Ordinal);
        Assert.Contains("Demo decision, recorded when the demo organisation was loaded", english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cell-label\">Reviewed by</span>Demo: communications advisor</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo-besluit", english, StringComparison.Ordinal);
        // The status column: the demo decisions let every account publish, said in the reader's language.
        Assert.Contains("</span>mag publiceren</td>", dutch, StringComparison.Ordinal);
        Assert.Contains("</span>may publish</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("mag publiceren", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionNearingReviewDate_RemindsEveryAdministratorOnce()
    {
        var app = await apps.FreshAsync();
        var reviewDate = await app.WithDbAsync(db => db.PlatformDecisions.Where(d => d.AccountId == "regenboog-x").Select(d => d.ReviewDate).SingleAsync());
        var accounts = await app.WithDbAsync(db => db.PlatformDecisions.CountAsync(d => d.Reviewer == DemoPlatformDecisionSeeder.Reviewer));
        var reviewMoment = new DateTimeOffset(reviewDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        await app.AdvanceAsync(reviewMoment.AddDays(-32) - app.Clock.GetUtcNow());
        Assert.Equal(0, await RemindersAsync(app));

        await app.AdvanceAsync(TimeSpan.FromDays(2));
        Assert.Equal(accounts, await RemindersAsync(app));
        Assert.Contains(reviewDate.ToString("d-M-yyyy", CultureInfo.InvariantCulture), await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == "sanne.deboer").Select(n => n.Text).FirstAsync()), StringComparison.Ordinal);

        await app.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.Equal(accounts, await RemindersAsync(app));
    }

    private static Task<int> RemindersAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "sanne.deboer" && n.Link == "/platform-decisions"));

    private static Task<HttpResponseMessage> RecordAsync(ProtocolwachtApp app, AppClient admin, string account, DpiaOutcome outcome, int reviewInDays = 365)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        return admin.PostFormAsync("/platform-decisions", new()
        {
            ["AccountId"] = account,
            ["DpiaDate"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Outcome"] = outcome.ToString(),
            ["Agreement"] = nameof(ProcessingAgreement.No),
            ["Reviewer"] = "functionaris gegevensbescherming",
            ["ReviewDate"] = today.AddDays(reviewInDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }
}
