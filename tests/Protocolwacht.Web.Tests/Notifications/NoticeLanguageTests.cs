using System.Net;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Notifications;

/// <summary>
/// Notices are stored in Dutch and translated when they are read (MailTexts.Notice, the templates the mail uses): a
/// reader who chose English reads them in English, a notice stored before there was a template for it included, while
/// what a person wrote (a manager's comment) stays as written and a Dutch reader sees the stored text.
/// </summary>
public sealed class NoticeLanguageTests
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task NoticesPage_ForAReaderWhoChoseEnglish_IsInEnglish_OldNoticesToo_AndDutchForADutchReader()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("bas.meijer");
        using var bas = await app.SignInAsync("bas.meijer");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await bas.ComposeAsync(DoubtText, "regenboog-x");
        await bas.RequestAdviceAsync(id);
        await karin.ApproveAsync(id, "Mooi, ga je gang.");
        // As an earlier version stored it: the text alone, in Dutch.
        await app.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification
            {
                Id = Guid.NewGuid(),
                RecipientId = "bas.meijer",
                Text = "Het verwijderen van je bericht is goedgekeurd en wordt uitgevoerd door Karin Mulder.",
                Link = $"/posts/{id}",
                CreatedAt = app.Time.GetUtcNow().AddDays(-30),
            });
            return await db.SaveChangesAsync();
        });

        var dutch = WebUtility.HtmlDecode(await bas.GetPageAsync("/notifications"));
        using (var switched = await bas.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/protocol" }, pagePath: "/protocol"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        var english = WebUtility.HtmlDecode(await bas.GetPageAsync("/notifications"));

        Assert.Contains("Karin Mulder heeft je bericht goedgekeurd: Mooi, ga je gang. Je kunt het nu publiceren.", dutch, StringComparison.Ordinal);
        Assert.Contains("Je hebt Karin Mulder om advies gevraagd.", dutch, StringComparison.Ordinal);
        Assert.Contains("Karin Mulder approved your post: Mooi, ga je gang. You can publish it now.", english, StringComparison.Ordinal);
        Assert.Contains("You asked Karin Mulder for advice. You will hear as soon as there is an answer.", english, StringComparison.Ordinal);
        Assert.Contains("The deletion of your post was approved and is being carried out by Karin Mulder.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Je kunt het nu publiceren", english, StringComparison.Ordinal);
        Assert.DoesNotContain("goedgekeurd en wordt uitgevoerd", english, StringComparison.Ordinal);
    }
}
