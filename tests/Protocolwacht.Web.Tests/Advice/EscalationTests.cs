using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Web.Tests.Support;
using Protocolwacht.Web.Features.Advice;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>Who gives advice when the manager is away or does not answer in time (R9).</summary>
public class EscalationTests
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task NoAdviceBeforeTheDeadline_RequestGoesToTheNextManager()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite, clock: clock);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var scheduled = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddDays(1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var response = await tom.PostFormAsync("/compose", new()
        {
            ["Form.Text"] = DoubtText,
            ["Form.AccountIds"] = "regenboog-x",
            ["Form.ScheduledAt"] = scheduled.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        }, handler: "Next");
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        await tom.OnPostPageAsync(id, "RequestAdvice");
        var escalation = app.Services.GetRequiredService<AdviceEscalationService>();
        Assert.Equal(0, await escalation.RunOnceAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(23)); // past the deadline (two hours before the moment), before the moment itself
        // The app's own escalation loop wakes on the same clock and may get there first; either way it happens once.
        await escalation.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await escalation.RunOnceAsync(CancellationToken.None));

        Assert.Equal("marieke.jansen", await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.ApproverId).SingleAsync()));
        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("doorgestuurd", page, StringComparison.Ordinal);
        Assert.Contains("Marieke Jansen", page, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromSeconds(5)); // wake the mail sender, which waits on the same clock
        await app.Smtp.WaitForAsync(m => m.IsTo("marieke.jansen@konot.nl"));
    }

    [Fact]
    public async Task ManagerAway_RequestGoesToTheNextOneUp()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        await karin.PostFormAsync("/advice", new() { ["absent"] = "true" }, handler: "Absence");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");

        var page = await tom.OnPostPageAsync(id, "RequestAdvice");

        Assert.Contains("Marieke Jansen", page, StringComparison.Ordinal);
        Assert.Equal("marieke.jansen", await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.ApproverId).SingleAsync()));
        Assert.Contains("Er wachten geen adviesvragen op jou.", System.Net.WebUtility.HtmlDecode(await karin.GetPageAsync("/advice")), StringComparison.Ordinal);
    }
}
