using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Protocolwacht.Load;

/// <summary>Latencies and errors per request kind, kept while <see cref="Measuring"/> (not during the warm-up).</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _errors = new(StringComparer.Ordinal);

    public volatile bool Measuring;

    public void Success(string kind, TimeSpan elapsed)
    {
        if (Measuring)
        {
            _latencies.GetOrAdd(kind, _ => new()).Enqueue(elapsed.TotalMilliseconds);
        }
    }

    public void Error(string kind, TimeSpan elapsed, string what)
    {
        if (Measuring)
        {
            _latencies.GetOrAdd(kind, _ => new()).Enqueue(elapsed.TotalMilliseconds);
            _errors.GetOrAdd(kind, _ => new()).Enqueue(what);
        }
    }

    public int TotalErrors => _errors.Values.Sum(e => e.Count);

    /// <summary>A Markdown table: requests, errors, p50/p95/p99/max in milliseconds and throughput per kind.</summary>
    public string Report(TimeSpan window)
    {
        var table = new StringBuilder();
        table.AppendLine("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | per s |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (kind, queue) in _latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = queue.Order().ToArray();
            var errors = _errors.TryGetValue(kind, out var e) ? e.Count : 0;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind} | {sorted.Length} | {errors} | {P(sorted, 0.50):F1} | {P(sorted, 0.95):F1} | {P(sorted, 0.99):F1} | {sorted[^1]:F1} | {sorted.Length / window.TotalSeconds:F1} |");
        }

        foreach (var (kind, errors) in _errors)
        {
            foreach (var group in errors.GroupBy(x => x, StringComparer.Ordinal).Take(5))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"error {kind}: {group.Key} ×{group.Count()}");
            }
        }

        return table.ToString();
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
