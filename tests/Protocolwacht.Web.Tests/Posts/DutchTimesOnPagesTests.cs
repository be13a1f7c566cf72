using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>Issue #7 item 10: a post scheduled for 10:00 shows 10:00, with its date, wherever a person reads it.</summary>
public class DutchTimesOnPagesTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task ScheduledAtTen_ShowsTenWithItsDate_OnThePostAndConfirmationPages()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var tomorrow = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Amsterdam).Date.AddDays(1);
        var tenOClock = new DateTimeOffset(tomorrow.AddHours(10), Amsterdam.GetUtcOffset(tomorrow.AddHours(10)));
        var expected = $"{tomorrow.Day}-{tomorrow.Month}-{tomorrow.Year} 10:00";

        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", tenOClock, "regenboog-x");
        var confirmation = await tom.GetPageAsync($"/posts/{id}/publish");
        await tom.PublishAsync(id);
        var page = await tom.GetPageAsync($"/posts/{id}");

        Assert.Contains(expected, confirmation, StringComparison.Ordinal);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains($"annuleren tot {expected}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ShowsAmsterdamTimeWithTheDate()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var created = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Amsterdam);

        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        var page = await tom.GetPageAsync($"/posts/{id}");

        Assert.Contains($"{created.Day}-{created.Month}-{created.Year} {created:HH:mm:ss}", page, StringComparison.Ordinal);
    }
}
