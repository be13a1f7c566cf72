using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// The shared dev corpus (../shared/corpus/dev.jsonl beside the repository), found by walking up from the
/// benchmark's own folder to Protocolwacht.slnx, so it works from any working directory and from
/// BenchmarkDotNet's generated child projects.
/// </summary>
internal static class DevCorpus
{
    // OperationsPerInvoke must be a constant; Requests() refuses a corpus of another size so the
    // per-post figure can never silently divide by the wrong count.
    public const int ExpectedLines = 200;

    public static string[] Lines()
    {
        var lines = File.ReadAllLines(Locate());
        return lines.Length == ExpectedLines
            ? lines
            : throw new InvalidOperationException($"The dev corpus has {lines.Length} lines; update DevCorpus.ExpectedLines.");
    }

    public static CheckRequest[] Requests()
    {
        var path = Locate();
        var requests = new List<CheckRequest>();
        var lineNumber = 0;
        foreach (var line in Lines())
        {
            lineNumber++;
            var parsed = BatchFormat.ParseLine(line, lineNumber);
            requests.Add(parsed.Request ?? throw new InvalidOperationException($"{path}:{lineNumber}: {parsed.Error}"));
        }

        return [.. requests];
    }

    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Protocolwacht.slnx")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "dev.jsonl"));
                return File.Exists(corpus) ? corpus : throw new FileNotFoundException("The dev corpus is not beside the repository.", corpus);
            }
        }

        throw new DirectoryNotFoundException($"No Protocolwacht.slnx above {AppContext.BaseDirectory}.");
    }
}
