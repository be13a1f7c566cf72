using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Telemetry;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Infrastructure.Telemetry;

/// <summary>
/// The app exports metrics, traces and logs over OTLP/HTTP to a real receiver on loopback once an endpoint is
/// configured: a check, a live check and a publication taken through the pages show up as the app's instruments with
/// their attributes, and the post's text or its author's staff id never leaves in any signal.
/// </summary>
[Collection(ProcessWideTelemetryCollection.Name)]
public sealed class TelemetryTests
{
    // Returns as soon as the payloads are there; generous because the exporter runs on the real clock of a busy machine.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task OtlpEndpointConfigured_CheckAndPublication_ExportMetricsAndTraces_WithoutPostText()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["OpenTelemetry:OtlpEndpoint"] = receiver.BaseUrl.ToString();
            o.Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "250";
            o.Settings["OTEL_BSP_SCHEDULE_DELAY"] = "250";
            o.Settings["OTEL_BLRP_SCHEDULE_DELAY"] = "250";
            o.Settings["Publishing:UndoPeriod"] = "00:00:01";
        });
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var author = await app.SignInAsync("fatima.yilmaz");
        var marker = "Sportdagkenmerk" + Guid.NewGuid().ToString("N")[..10];
        var text = $"Morgen is de sportdag van groep 7, {marker}.";

        (await author.PostJsonAsync("/api/checks/live", new { text, accounts = new[] { "regenboog-x" }, personal = false })).EnsureSuccessStatusCode();
        var postId = await author.ComposeAsync(text, "regenboog-x");
        Assert.Equal(HttpStatusCode.Redirect, (await author.PublishAsync(postId)).StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        // The delivery is done before any signal is awaited: a run at load 50-60 once missed protocolwacht.deliveries
        // after 90 s, and this tells a publication that did not happen from an export that did not arrive.
        Assert.Equal(DeliveryStatus.Published, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId).Select(d => d.Status).SingleAsync()));

        string[] instruments = ["protocolwacht.checks", "protocolwacht.check.duration", "protocolwacht.deliveries", "protocolwacht.outbox.lag", "protocolwacht.mail.lag", "protocolwacht.advice.oldest_age"];
        Assert.True(
            await Eventually.TrueAsync(() => instruments.All(i => receiver.Contains("metrics", i)) && receiver.Contains("metrics", "published"), Patience),
            "Missing instruments: " + string.Join(", ", instruments.Where(i => !receiver.Contains("metrics", i))));
        Assert.True(receiver.Contains("metrics", "verdict"));
        Assert.True(receiver.Contains("metrics", "allow"));
        Assert.True(await Eventually.TrueAsync(() => receiver.Contains("traces", "protocolwacht.delivery") && receiver.Contains("traces", postId.ToString()), Patience),
            "The delivery span and the request spans of the post's pages reach the receiver.");

        // The search finds what a page's request put there (the post's id in a span's path), so it would find the text too.
        Assert.True(receiver.ContainsAnywhere(postId.ToString()));
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Posts.Any(p => p.Id == postId && p.Text.Contains(marker)))));
        Assert.False(receiver.ContainsAnywhere(marker), "The post's text was exported.");
        Assert.False(receiver.ContainsAnywhere("fatima.yilmaz"), "The author's staff id was exported.");
    }
}
