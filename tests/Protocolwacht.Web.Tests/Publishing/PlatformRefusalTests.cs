using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// A platform's refusal everywhere the author meets it after the post page (which ops9 split): the notice in the app,
/// the failure mail and the change list of a published post give the Dutch reason with what to do first, and the
/// platform's own words apart, after it (folded away on a page, a quoted line in a mail). Until 2026-12-05 these three
/// printed the English words inside the Dutch sentence. Against the local Mastodon server and the SMTP server on loopback.
/// </summary>
public sealed class PlatformRefusalTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string TooLongReason = "Mastodon weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw.";
    private const string TooLongWords = "Validation failed: Text character limit of 500 exceeded";

    [Fact]
    public async Task RefusedPublication_NoticeAndMail_GiveTheReasonFirst_ThePlatformsWordsAfter()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, new string('x', 510)); // past Mastodon's 500 characters

        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(DeliveryStatus.Failed, await app.WithDbAsync(db => db.Deliveries.Select(d => d.Status).SingleAsync()));
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var notices = WebUtility.HtmlDecode(await linda.GetPageAsync("/notifications"));
        Assert.Contains($">Publicatie op {PublishingSeed.Account} is mislukt: {TooLongReason}</a>", notices, StringComparison.Ordinal);
        Assert.Contains($"<summary>Melding van het platform</summary><q>{TooLongWords}</q></details>", notices, StringComparison.Ordinal);

        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("linda.koster@", StringComparison.Ordinal)));
        var body = mail.Body.ReplaceLineEndings("\n");
        Assert.Contains($"\n\nPublicatie op {PublishingSeed.Account} is mislukt: {TooLongReason}\n\nMelding van het platform:\n\"{TooLongWords}\"\n\nBekijk het bericht: ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Melding van Mastodon", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedPublication_ToAnAuthorWhoChoseEnglish_MailsTheReasonInEnglish_ThePlatformsWordsAsTheyWere()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        using (var linda = await app.SignInAsync(PublishingSeed.Author))
        {
            using var switched = await linda.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, new string('x', 510));
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("linda.koster@", StringComparison.Ordinal)));
        var body = mail.Body.ReplaceLineEndings("\n");
        Assert.Contains($"\n\nPublishing on {PublishingSeed.Account} failed: Mastodon refuses the text because it is too long for this platform. Shorten the text and try again.\n\nMessage from the platform:\n\"{TooLongWords}\"\n\nView the post: ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("weigert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Melding", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedPublication_ToAReaderWhoChoseEnglish_ThePostPageAndTheNoticesGiveTheReasonInEnglish()
    {
        // The reason is stored in Dutch (the archive and a Dutch reader keep it so); the pages translate it when shown.
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await PublishingSeed.QueueAsync(app.Services, app.Clock, 1, _ => null, new string('x', 510));
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        var id = await app.WithDbAsync(db => db.Deliveries.Select(d => d.PostId).SingleAsync());
        Assert.Equal(TooLongReason + $" Melding van Mastodon: \"{TooLongWords}\"", await app.WithDbAsync(db => db.Deliveries.Select(d => d.LastError).SingleAsync()));
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        Assert.Contains($"<span data-testid=\"delivery-problem\">{TooLongReason}</span>", WebUtility.HtmlDecode(await linda.GetPageAsync($"/posts/{id}")), StringComparison.Ordinal);

        using (var switched = await linda.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        const string InEnglish = "Mastodon refuses the text because it is too long for this platform. Shorten the text and try again.";
        var page = WebUtility.HtmlDecode(await linda.GetPageAsync($"/posts/{id}"));
        Assert.Contains($"<span data-testid=\"delivery-problem\">{InEnglish}</span>", page, StringComparison.Ordinal);
        Assert.Contains($"<summary>The platform's own message</summary><q>{TooLongWords}</q></details>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("weigert", page, StringComparison.Ordinal);
        var notices = WebUtility.HtmlDecode(await linda.GetPageAsync("/notifications"));
        Assert.Contains($">Publishing on {PublishingSeed.Account} failed: {InEnglish}</a>", notices, StringComparison.Ordinal);
        Assert.Contains($"<q>{TooLongWords}</q>", notices, StringComparison.Ordinal);
        Assert.DoesNotContain("mislukt", notices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCorrection_RetriedAfterTheAccountIsConnectedAgain_ReachesThePlatformOncePerPress()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var id = await linda.ComposeAsync("Morgen is de schoolreis naar de dierentuin, we vertrekken om 8 uur.", PublishingSeed.Account);
        await linda.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        for (var round = 0; round < 5 && await PublicationStatusAsync(app) != DeliveryStatus.Published; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(30));
        }

        Assert.Equal(DeliveryStatus.Published, await PublicationStatusAsync(app));
        await app.Service<AccountCredentials>().ReplaceAsync(PublishingSeed.Account, new PlatformCredentials("ingetrokken") { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);
        var corrected = await linda.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 9 uur.", ["Reason"] = "De vertrektijd klopte niet." });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(DeliveryStatus.Failed, await EditStatusAsync(app));
        Assert.Equal(0, Edits(server)); // the token was refused before the edit itself was sent
        var refusedAt = server.Received.Count;
        Assert.Contains(server.Received, r => r.Header("Authorization") == "Bearer ingetrokken");
        var page = WebUtility.HtmlDecode(await linda.GetPageAsync($"/posts/{id}"));
        Assert.Contains("data-testid=\"retry-change\">Opnieuw proberen</button>", page, StringComparison.Ordinal);

        // The school connects the account again; Linda presses "Opnieuw proberen", and the same form arrives twice.
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var deliveryId = await app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Edit).Select(d => d.Id).SingleAsync());
        var first = WebUtility.HtmlDecode(await linda.OnPostPageAsync(id, "RetryChange", new() { ["deliveryId"] = deliveryId.ToString() }));
        Assert.Contains("De wijziging wordt opnieuw naar het platform gestuurd.", first, StringComparison.Ordinal);
        var twice = WebUtility.HtmlDecode(await linda.OnPostPageAsync(id, "RetryChange", new() { ["deliveryId"] = deliveryId.ToString() }));
        Assert.Contains("Dat kan niet in de huidige status van dit account.", twice, StringComparison.Ordinal);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1, Edits(server)); // one for the press, none for the second form
        Assert.All(server.Received.Skip(refusedAt), r => Assert.Equal($"Bearer {MastodonServer.Token}", r.Header("Authorization")));
        Assert.Equal(DeliveryStatus.Published, await EditStatusAsync(app));
        Assert.Equal(PostChangeStatus.Done, await app.WithDbAsync(db => db.PostChanges.Select(c => c.Status).SingleAsync()));
        Assert.Contains("om 9 uur", Assert.Single(platform.Statuses.Values).Html, StringComparison.Ordinal);
        var after = WebUtility.HtmlDecode(await linda.OnPostPageAsync(id, "RetryChange", new() { ["deliveryId"] = deliveryId.ToString() }));
        Assert.Contains("Dat kan niet in de huidige status van dit account.", after, StringComparison.Ordinal); // done: nothing to retry
        Assert.DoesNotContain("data-testid=\"retry-change\"", after, StringComparison.Ordinal);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, Edits(server));
    }

    [Fact]
    public async Task RefusedCorrection_ChangeListAndMail_SayWhyPerAccount_ThePlatformsWordsApart()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var id = await linda.ComposeAsync("Morgen is de schoolreis naar de dierentuin, we vertrekken om 8 uur.", PublishingSeed.Account);
        await linda.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        for (var round = 0; round < 5 && await PublicationStatusAsync(app) != DeliveryStatus.Published; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(30)); // a publication the loaded machine answered too late is reconciled by its key
        }

        Assert.Equal(DeliveryStatus.Published, await PublicationStatusAsync(app));
        // The school revoked Protocolwacht's access on Mastodon after the post went out: the edit is refused for good.
        await app.Service<AccountCredentials>().ReplaceAsync(PublishingSeed.Account, new PlatformCredentials("ingetrokken") { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);

        var corrected = await linda.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 9 uur.", ["Reason"] = "De vertrektijd klopte niet." });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(DeliveryStatus.Failed, await app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Edit).Select(d => d.Status).SingleAsync()));
        var page = WebUtility.HtmlDecode(await linda.GetPageAsync($"/posts/{id}"));
        var failed = page[page.IndexOf("data-testid=\"change-failed\"", StringComparison.Ordinal)..];
        failed = failed[..failed.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("<span data-testid=\"delivery-problem\">Mastodon accepteert het token van dit account niet (meer). Koppel het account opnieuw.</span>", failed, StringComparison.Ordinal);
        Assert.Contains("<summary>Melding van het platform</summary><q>The access token is invalid</q></details>", failed, StringComparison.Ordinal);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Any(r => r.StartsWith("linda.koster@", StringComparison.Ordinal)) && m.Body.Contains("De wijziging", StringComparison.Ordinal));
        Assert.Contains($"De wijziging van je bericht op {PublishingSeed.Account} is mislukt: Mastodon accepteert het token van dit account niet (meer). Koppel het account opnieuw.\n\nMelding van het platform:\n\"The access token is invalid\"", mail.Body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static Task<DeliveryStatus> EditStatusAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Edit).Select(d => d.Status).SingleAsync());

    // Edits as the platform saw them on the wire, refused or not.
    private static int Edits(LocalPlatformServer server) =>
        server.Received.Count(r => r.Method == "PUT" && r.Path.StartsWith("/api/v1/statuses/", StringComparison.Ordinal));

    private static Task<DeliveryStatus> PublicationStatusAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Publish).Select(d => d.Status).SingleAsync());
}
