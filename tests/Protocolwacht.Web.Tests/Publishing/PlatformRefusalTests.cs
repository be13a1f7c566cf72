using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// A platform's refusal everywhere the author meets it after the post page (which ops9 split): the notice in the app,
/// the failure mail and the change list of a published post give the Dutch reason with what to do first, and the
/// platform's own words apart, after it (folded away on a page, a quoted line in a mail). Until 2026-12-05 these three
/// printed the English words inside the Dutch sentence. Against the local Mastodon server and the SMTP server on loopback.
/// </summary>
public sealed class PlatformRefusalTests
{
    private const string TooLongReason = "Mastodon weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw.";
    private const string TooLongWords = "Validation failed: Text character limit of 500 exceeded";

    [Fact]
    public async Task RefusedPublication_NoticeAndMail_GiveTheReasonFirst_ThePlatformsWordsAfter()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync();
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
        await using var app = await ProtocolwachtApp.StartAsync();
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
    public async Task RefusedCorrection_ChangeListAndMail_SayWhyPerAccount_ThePlatformsWordsApart()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync();
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

    private static Task<DeliveryStatus> PublicationStatusAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Publish).Select(d => d.Status).SingleAsync());
}
