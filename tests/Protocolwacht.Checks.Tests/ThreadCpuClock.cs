using System.Diagnostics;
using System.Globalization;

namespace Protocolwacht.Checks.Tests;

/// <summary>
/// The CPU time the calling thread has used, from Linux's /proc/thread-self/schedstat (its first field, in
/// nanoseconds), so a guard against super-linear work measures the work and not how long a loaded machine made it
/// wait; the wall clock where the file is missing.
/// </summary>
internal sealed class ThreadCpuClock
{
    private const string SchedStat = "/proc/thread-self/schedstat";
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly long? _startNanoseconds = Read();

    public static ThreadCpuClock StartNew() => new();

    /// <summary>CPU time of this thread since the clock started (wall time without schedstat).</summary>
    public TimeSpan Elapsed => _startNanoseconds is { } start && Read() is { } now
        ? TimeSpan.FromTicks((now - start) / 100)
        : _wall.Elapsed;

    private static long? Read() =>
        File.Exists(SchedStat)
            ? long.Parse(File.ReadAllText(SchedStat).Split(' ')[0], CultureInfo.InvariantCulture)
            : null;
}
