using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Browser.Tests.Notifications;

/// <summary>
/// A person with two tabs open (or the laptop and the phone): reading the notices in one lowers the "Meldingen" counter
/// in the other without a reload. Opening /notifications marks the notices read with one bulk update, which passes the
/// change tracker that raises the menu streams' signals; until 2026-12-05 the other tab kept showing "1 nieuw" until the
/// next page or the stream's heartbeat a minute later.
/// </summary>
[Collection(SafetyCollection.Name)]
public sealed class ReadInOtherTabTests(BrowserFixture server)
{
    private const string Reader = "fatima.yilmaz"; // no other browser test signs her in: her counter is this test's alone

    [Fact]
    public async Task NoticesReadInOneTab_TheOtherTabsCounterDropsWithoutAReload()
    {
        var app = server.App;
        await app.AcknowledgeProtocolAsync(Reader);
        var first = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(first, Reader);
        await first.GotoAsync("/protocol");
        var counter = first.GetByTestId("menu-count-unread-notifications");
        await Assertions.Expect(counter).ToHaveCountAsync(0);

        // A notice arrives while the page is open: the first tab shows it through its stream (so the stream is live).
        await app.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification { Id = Guid.NewGuid(), RecipientId = Reader, Text = "Je bericht is goedgekeurd.", Link = "/posts", CreatedAt = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        await Assertions.Expect(counter).ToHaveTextAsync("1 nieuw");

        var second = await first.Context.NewPageAsync(); // the same person, the same session, another tab
        await second.GotoAsync("/notifications");
        await Assertions.Expect(second.GetByTestId("notifications")).ToContainTextAsync("Je bericht is goedgekeurd.");

        await Assertions.Expect(counter).ToHaveCountAsync(0); // the first tab, never reloaded
        Assert.EndsWith("/protocol", first.Url, StringComparison.Ordinal);
    }
}
