using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Protocolwacht.Domain.Consent;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Tests.Consent;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// The Dutch that English readers still saw at stop 36, each beside what a Dutch reader sees (unchanged): two pupils
/// joined with " en " in the check's message, a takedown task's reason, the consent panel's purpose code, and dates
/// written d-M-yyyy (an English reader gets "8 Dec 2026 14:30", which no one takes for 12 August).
/// </summary>
public sealed partial class EnglishReaderDetailsTests
{
    [Fact]
    public async Task PostPage_HomePanel_AndNotices_ForAnEnglishReader_HaveNoDutchDetailsLeft()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var published = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(published);
        await app.AdvanceAsync(app.UndoPeriod);
        var withdrawn = await karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, "Ouder mailde de directeur."));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var twoPupils = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Het podium van de voorleeswedstrijd.", ["noah.bos", "emma.dewit"], null);

        var dutch = await PagesAsync(tom, sanne, published, twoPupils);
        await InEnglishAsync(tom);
        await InEnglishAsync(sanne);
        var english = await PagesAsync(tom, sanne, published, twoPupils);

        // The check's message about two pupils on one photo.
        Assert.Matches("(Noah Bos|Emma de Wit) en (Noah Bos|Emma de Wit), zonder toestemming voor beeldgebruik", dutch.TwoPupils);
        Assert.Matches("(Noah Bos|Emma de Wit) and (Noah Bos|Emma de Wit) can be seen in", english.TwoPupils);
        Assert.DoesNotMatch("(Noah Bos|Emma de Wit) en (Noah Bos|Emma de Wit)", english.TwoPupils);

        // The takedown task's reason on the post page (the take-up form keeps it Dutch to edit: it is stored and sent for approval).
        Assert.Contains("De toestemming voor zijn of haar foto op social media is ingetrokken", dutch.Published, StringComparison.Ordinal);
        Assert.Contains("Consent for their photo on social media has been withdrawn", english.Published, StringComparison.Ordinal);
        Assert.DoesNotContain("change-reason\">De toestemming voor", english.Published, StringComparison.Ordinal);

        // The administrator's consent panel names the purpose, not its code.
        Assert.Contains("Noah Bos: Foto op social media", dutch.Home, StringComparison.Ordinal);
        Assert.Contains("Noah Bos: Photo on social media", english.Home, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsentPurpose.PhotoOnSocialMedia, english.Home, StringComparison.Ordinal);

        // Dates the page writes: Dutch as always, English with the month's name. (Since stop 38 that includes the moment
        // in the history's "Publicatie vanaf …": EnglishReaderHistoryTests.)
        Assert.Matches(DutchMoment(), dutch.Published);
        Assert.Matches(EnglishMoment(), english.Published);
        Assert.DoesNotMatch(DutchMoment(), english.Published);
        Assert.Matches(EnglishMoment(), english.Home);
        Assert.DoesNotMatch(DutchMoment(), english.Home);
        Assert.Matches(EnglishMoment(), english.Notices);
        Assert.DoesNotMatch(DutchMoment(), english.Notices);
    }

    private sealed record Pages(string Published, string TwoPupils, string Home, string Notices);

    private static async Task<Pages> PagesAsync(AppClient author, AppClient admin, Guid published, Guid twoPupils) => new(
        WebUtility.HtmlDecode(await admin.GetPageAsync($"/posts/{published}")),
        WebUtility.HtmlDecode(await author.GetPageAsync($"/posts/{twoPupils}")),
        WebUtility.HtmlDecode(await admin.GetPageAsync("/")),
        WebUtility.HtmlDecode(await admin.GetPageAsync("/notifications")));

    internal static async Task InEnglishAsync(AppClient client)
    {
        using var switched = await client.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }

    [GeneratedRegex(@">\s*\d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}")]
    private static partial Regex DutchMoment();

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}")]
    private static partial Regex EnglishMoment();
}
