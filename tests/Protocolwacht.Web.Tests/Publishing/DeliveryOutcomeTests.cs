using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// What the publisher does with each kind of platform answer, step by step on a fake clock: unknown is
/// reconciled (never retried blindly), a person settles what reconciliation cannot, 429 waits for the
/// platform's reset, a permanent failure shows the platform's reason and can be retried per account,
/// and posting rights are checked again at publication time.
/// </summary>
public sealed class DeliveryOutcomeTests : IAsyncLifetime
{
    private readonly ScriptedConnector _platform = new();
    private ProtocolwachtApp _app = null!;
    private AppClient _author = null!;

    public async Task InitializeAsync()
    {
        _app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Connector = _platform;
            o.Settings["Publishing:UndoPeriod"] = "00:00:01";
        });
        await _app.AcknowledgeProtocolAsync("fatima.yilmaz");
        _author = await _app.SignInAsync("fatima.yilmaz");
    }

    public async Task DisposeAsync()
    {
        _author.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task UnknownOutcome_ReconciledAsFound_PublishedWithoutASecondCall()
    {
        _platform.PublishAnswers.Enqueue(new PublishOutcome.Unknown("Geen antwoord van het platform."));
        _platform.ReconcileAnswers.Enqueue(new ReconcileOutcome.Found("eerste-poging", null));
        var id = await ConfirmedPostAsync();

        await RoundAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(DeliveryStatus.Unknown, (await DeliveryAsync(id)).Status);
        await RoundAsync(TimeSpan.FromSeconds(3));

        var delivery = await DeliveryAsync(id);
        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        Assert.Equal("eerste-poging", delivery.PlatformPostId);
        Assert.Equal(1, _platform.PublishCalls);
        Assert.Equal(1, _platform.ReconcileCalls);
        Assert.Equal("eerste-poging", await _app.WithDbAsync(async db => Domain.Archive.ArchiveJson.Read<Domain.Archive.PublishedRecord>((await db.ArchiveContents.SingleAsync()).Content).PlatformPostId));
    }

    [Fact]
    public async Task UnknownOutcome_ReconciliationCannotTell_PersonSaysPublished()
    {
        _platform.PublishAnswers.Enqueue(new PublishOutcome.Unknown("Geen antwoord van het platform."));
        for (var i = 0; i < Delivery.MaxReconciliations; i++)
        {
            _platform.ReconcileAnswers.Enqueue(new ReconcileOutcome.Undetermined("Het platform zwijgt."));
        }

        var id = await ConfirmedPostAsync();
        await RoundAsync(TimeSpan.FromSeconds(2));
        for (var i = 0; i < Delivery.MaxReconciliations; i++)
        {
            await RoundAsync(TimeSpan.FromMinutes(1));
        }

        var waiting = await DeliveryAsync(id);
        Assert.Equal(DeliveryStatus.AwaitingPerson, waiting.Status);
        var page = await _author.GetPageAsync($"/posts/{id}");
        Assert.Contains("data-testid=\"resolve-published\"", page, StringComparison.Ordinal);
        Assert.Contains("Publicatie vraagt je aandacht", await _app.WithDbAsync(db => db.OutgoingMails.Select(m => m.Subject).FirstAsync()), StringComparison.Ordinal);

        await _author.PostFormAsync($"/posts/{id}?deliveryId={waiting.Id}&published=true", [], "Resolve");

        var resolved = await DeliveryAsync(id);
        Assert.Equal(DeliveryStatus.Published, resolved.Status);
        Assert.Equal(1, await _app.WithDbAsync(db => db.ArchiveRecords.CountAsync())); // the person's answer is on record too
        Assert.Equal("fatima.yilmaz", resolved.ResolvedBy);
        await RoundAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _platform.PublishCalls); // never published again on a guess
    }

    [Fact]
    public async Task RateLimited_WaitsForReset_PermanentFailureShowsReason_RetryPerAccount()
    {
        _platform.PublishAnswers.Enqueue(new PublishOutcome.RateLimited(_app.Clock.GetUtcNow().AddMinutes(10), "Te veel berichten; probeer het later."));
        _platform.PublishAnswers.Enqueue(new PublishOutcome.Failed(true, "Het platform weigert: token ingetrokken (invalid_token).", "invalid_token"));
        var id = await ConfirmedPostAsync();

        await RoundAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(DeliveryStatus.Retrying, (await DeliveryAsync(id)).Status);
        await RoundAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(1, _platform.PublishCalls); // the reset time is respected
        await RoundAsync(TimeSpan.FromMinutes(6));

        var failed = await DeliveryAsync(id);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("invalid_token", System.Net.WebUtility.HtmlDecode(await _author.GetPageAsync($"/posts/{id}")), StringComparison.Ordinal);
        await _author.PostFormAsync($"/posts/{id}?deliveryId={failed.Id}", [], "Retry");
        await RoundAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryStatus.Published, (await DeliveryAsync(id)).Status);
        Assert.Equal(3, _platform.PublishCalls);
    }

    [Fact]
    public async Task AuthorLostPostingRightsAfterConfirming_NothingIsPublished()
    {
        var id = await ConfirmedPostAsync();
        var role = await _app.WithDbAsync(db => db.Staff.Where(s => s.Id == "fatima.yilmaz").Select(s => s.Role).SingleAsync());
        await SetRoleAsync("staf");

        await RoundAsync(CheckerSnapshotAge);

        var delivery = await DeliveryAsync(id);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.StartsWith("Niet geplaatst", delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(0, _platform.PublishCalls);

        // With her role back, "opnieuw proberen" does publish: it was the posting right that stopped it.
        await SetRoleAsync(role);
        await RoundAsync(CheckerSnapshotAge);
        await _author.PostFormAsync($"/posts/{id}?deliveryId={delivery.Id}", [], "Retry");
        await RoundAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(DeliveryStatus.Published, (await DeliveryAsync(id)).Status);
        Assert.Equal(1, _platform.PublishCalls);
    }

    // Through the change tracker, as the app's own edits and imports write: that also replaces the organisation's version stamp.
    private Task<int> SetRoleAsync(string role) => _app.WithDbAsync(async db =>
    {
        (await db.Staff.SingleAsync(s => s.Id == "fatima.yilmaz")).Role = role;
        return await db.SaveChangesAsync();
    });

    private static TimeSpan CheckerSnapshotAge => Web.Features.Checks.CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1);

    private async Task<Guid> ConfirmedPostAsync()
    {
        var id = await _author.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await _author.PublishAsync(id);
        return id;
    }

    /// <summary>Moves the clock; the publisher (and the mail it causes) catches up before this returns.</summary>
    private Task RoundAsync(TimeSpan advance) => _app.AdvanceAsync(advance);

    private Task<Delivery> DeliveryAsync(Guid postId) =>
        _app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == postId));
}
