using System.Net;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Calendar;

/// <summary>
/// The calendar's limit counts only posts the user may see: another school's busy month of planned posts (not for
/// this teacher to open) does not cut the teacher's own posts from the calendar, on both databases.
/// </summary>
public sealed class CalendarLimitTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Own = "Volgende week komt de schoolfotograaf langs voor de groepsfoto's van De Regenboog.";
    private const string Others = "Sint Jozef plant een bericht over de schoolreis";
    private const string CutNotice = "Er staan meer berichten in deze periode dan de kalender toont";

    [Theory]
    [AllDatabases]
    public async Task MoreThanTheLimitOfAnotherSchoolsPlannedPosts_LeaveTheTeachersOwnPostsShown(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        await app.AcknowledgeProtocolAsync("linda.koster");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var linda = await app.SignInAsync("linda.koster");
        var plannedAt = app.Clock.GetUtcNow().AddDays(2);
        var own = await tom.ComposeAsync(Own, plannedAt, "regenboog-x");
        await app.WithDbAsync(async db =>
        {
            // Ids before any random one, so a limit applied before access would fill up with these first.
            for (var i = 1; i <= 501; i++)
            {
                var post = Post.CreateDraft(new Guid($"00000000-0000-0000-0000-{i:D12}"), "linda.koster",
                    new PostContent($"{Others} ({i}).", ["sintjozef-mastodon"], []), plannedAt.AddMinutes(i % 60), app.Clock);
                post.RecordCheck("linda.koster", Verdict.Allow, app.Clock);
                db.Posts.Add(post);
            }

            return await db.SaveChangesAsync();
        });
        var month = $"/calendar?view=month&date={Day(plannedAt)}";

        var lindasMonth = WebUtility.HtmlDecode(await linda.GetPageAsync(month));
        var tomsMonth = WebUtility.HtmlDecode(await tom.GetPageAsync(month));

        Assert.Contains(Others, lindasMonth, StringComparison.Ordinal);
        Assert.Contains(CutNotice, lindasMonth, StringComparison.Ordinal);
        Assert.Contains(Own[..40], tomsMonth, StringComparison.Ordinal);
        Assert.Contains($"/posts/{own}", tomsMonth, StringComparison.Ordinal);
        Assert.DoesNotContain(Others, tomsMonth, StringComparison.Ordinal);
        Assert.DoesNotContain(CutNotice, tomsMonth, StringComparison.Ordinal);
    }

    private static string Day(DateTimeOffset instant) =>
        DutchTime.DateOf(instant).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
