using System.Net;
using System.Net.Http.Json;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Health;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Infrastructure.Health;

public sealed class HealthTests
{
    [Theory]
    [AllDatabases]
    public async Task Ready_WithDatabaseMigratedAndLoopsRunning_IsHealthy_AndHealthAnswersTheSame(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartAsync(provider);
        using var client = app.CreateClient();

        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        var (healthStatus, health) = await GetAsync(client, "/health");
        var (liveStatus, live) = await GetAsync(client, "/health/live");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (readyStatus, healthStatus, liveStatus));
        Assert.Equal("Healthy", ready.Status);
        Assert.True(ready.Database);
        Assert.Equal(["background-loops", "database", "mail-lag", "outbox-lag"], ready.Checks.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(ready.Checks, c => Assert.Equal("Healthy", c.Status));
        Assert.Equal(("loopt", "loopt"), (Check(ready, "background-loops").Data["publisher"], Check(ready, "background-loops").Data["mail"]));
        Assert.Equal(ready.Checks.Select(c => c.Name), health.Checks.Select(c => c.Name));
        Assert.Empty(live.Checks);
    }

    [Fact]
    public async Task Ready_WithThePublisherLoopStopped_IsUnhealthy_WhileLiveStaysUp()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

        await app.Service<PublisherService>().StopAsync(CancellationToken.None);

        var (status, ready) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", ready.Status);
        Assert.Equal("gestopt", Check(ready, "background-loops").Data["publisher"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
    }

    [Fact]
    public async Task OutboxLag_DueDeliveriesWaiting_MakeItDegradedThenUnhealthy()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Publishing:Enabled"] = "false");
        using var client = app.CreateClient();
        await PublishingSeed.QueueAsync(app.Services, app.Clock, 2, _ => null, "Gezondheid");
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("Healthy", Check((await GetAsync(client, "/health/ready")).Report, "outbox-lag").Status);

        await app.AdvanceAsync(TimeSpan.FromMinutes(10));
        var (degradedStatus, degraded) = await GetAsync(client, "/health/ready");
        await app.AdvanceAsync(TimeSpan.FromMinutes(30));
        var (unhealthyStatus, unhealthy) = await GetAsync(client, "/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), (degradedStatus, degraded.Status, Check(degraded, "outbox-lag").Status));
        Assert.Equal("2", Check(degraded, "outbox-lag").Data["waiting"]);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (unhealthyStatus, Check(unhealthy, "outbox-lag").Status));
        Assert.Equal("uitgeschakeld", Check(unhealthy, "background-loops").Data["publisher"]);
    }

    [Fact]
    public async Task MailLag_AnOldUnsentMail_MakesItDegradedThenUnhealthy_WithoutShowingTheMail()
    {
        // Without an SMTP host the mail waits in the outbox, as when the mail server is down.
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Mail:Host"] = "");
        using var client = app.CreateClient();
        var now = app.Clock.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            db.OutgoingMails.Add(new OutgoingMail
            {
                Id = Guid.NewGuid(),
                ToAddress = "ouder.vanderberg@example.org",
                ToName = "Ouder Van der Berg",
                Subject = "Toestemming foto",
                Body = "Geheime inhoud",
                CreatedAt = now.AddMinutes(-20),
                DueAt = now.AddMinutes(-20),
            });
            return await db.SaveChangesAsync();
        });

        var degraded = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var degradedBody = await degraded.Content.ReadAsStringAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        var (unhealthyStatus, unhealthy) = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        Assert.Contains("\"name\":\"mail-lag\",\"status\":\"Degraded\"", degradedBody, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (unhealthyStatus, Check(unhealthy, "mail-lag").Status));
        foreach (var personal in new[] { "vanderberg", "Van der Berg", "Toestemming foto", "Geheime" })
        {
            Assert.DoesNotContain(personal, degradedBody, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static HealthCheckEntry Check(HealthStatusReport report, string name) => Assert.Single(report.Checks, c => c.Name == name);

    private static async Task<(HttpStatusCode Status, HealthStatusReport Report)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<HealthStatusReport>())!);
    }
}
