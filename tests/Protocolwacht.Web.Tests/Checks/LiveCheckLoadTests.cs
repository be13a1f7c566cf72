using System.Diagnostics;
using System.Net.Http.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;
using Xunit.Abstractions;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// The check while typing keeps answering when many people type at once: 50 simulated typists on
/// loopback, each sending the growing text every 250 ms (the composer's debounce). The suite asserts
/// that every request gets a verdict; the latency percentiles it prints are the load figures recorded in
/// docs/benchmarks.md (speed targets live in benchmarks, not in assertions that a busy CI machine breaks).
/// </summary>
[Collection(TimingCollection.Name)]
public class LiveCheckLoadTests(ITestOutputHelper output)
{
    private const int Typists = 50;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(8);
    private static readonly string[] Sentences =
    [
        "Wat een mooie sportdag vandaag met groep 7! Dank aan alle ouders die hielpen.",
        "Morgen is de schoolreis naar de dierentuin. Vergeet jullie lunch en regenjas niet, lol.",
        "Daan Kok uit groep 3 heeft de voorleeswedstrijd gewonnen, proficiat!",
        "Bel gerust even naar 06-12345678 als je vragen hebt over de ouderavond van donderdag.",
    ];

    [Fact]
    public async Task FiftyTypists_EveryLiveCheckAnswersWithAVerdict()
    {
        // Server and 50 clients share this process's thread pool: start it wide enough that a burst of
        // requests is not queued behind the pool's slow thread injection.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        await using var app = await ProtocolwachtApp.StartAsync(o => o.OnLoopback = true);
        string[] people = ["tom.hendriks", "fatima.yilmaz", "bas.meijer", "eva.degroot", "karin.mulder"];
        var clients = new List<AppClient>();
        foreach (var person in people)
        {
            clients.Add(await app.SignInAsync(person));
        }

        // Warm the checker snapshot and the connection pools, as a running app would be.
        foreach (var client in clients)
        {
            (await client.PostJsonAsync("/api/checks/live", new { text = "warm", accounts = new[] { "regenboog-x" } })).EnsureSuccessStatusCode();
        }

        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var withoutVerdict = 0;
        var stopAt = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Typists), new ParallelOptions { MaxDegreeOfParallelism = Typists }, async (typist, _) =>
        {
            var client = clients[typist % clients.Count];
            var sentence = Sentences[typist % Sentences.Length];
            var typed = 0;
            await Task.Delay(typist * 5); // typists do not start in the same millisecond
            while (stopAt.Elapsed < Duration)
            {
                typed = Math.Min(sentence.Length, typed + 5);
                var watch = Stopwatch.StartNew();
                var response = await client.PostJsonAsync("/api/checks/live", new { text = sentence[..typed], accounts = new[] { "regenboog-x" } });
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
                if (!body.Contains("\"verdict\"", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref withoutVerdict);
                }

                typed = typed == sentence.Length ? 0 : typed;
                await Task.Delay(250);
            }
        });

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        output.WriteLine($"{sorted.Length} requests from {Typists} typists in {Duration.TotalSeconds} s: p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F1} ms");
        Assert.True(sorted.Length > Typists * 10, $"only {sorted.Length} requests were made");
        Assert.Equal(0, withoutVerdict);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
