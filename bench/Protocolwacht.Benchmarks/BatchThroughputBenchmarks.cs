using BenchmarkDotNet.Attributes;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Every post of the dev corpus once per operation on one thread, reported per post (OperationsPerInvoke),
/// so throughput is 1 / mean. Target: at least 50,000 posts/s, i.e. a mean under 20 µs per post.
/// Two figures: the check alone (lines parsed in setup), and the whole batch contract per line
/// (parse the JSON line, check, write the output line) as <c>check --jsonl</c> does it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class BatchThroughputBenchmarks
{
    private ProtocolChecker _checker = null!;
    private CheckRequest[] _corpus = [];
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _checker = ProtocolChecker.Create(OrganisationModel.Demo);
        _corpus = DevCorpus.Requests();
        _lines = DevCorpus.Lines();
    }

    [Benchmark(Description = "dev-corpus, per bericht: alleen check", OperationsPerInvoke = DevCorpus.ExpectedLines)]
    public int CheckDevCorpus()
    {
        var blocked = 0;
        foreach (var request in _corpus)
        {
            if (_checker.Check(request).Verdict == Verdict.Block)
            {
                blocked++;
            }
        }

        return blocked;
    }

    [Benchmark(Description = "dev-corpus, per regel: parse + check + schrijf", OperationsPerInvoke = DevCorpus.ExpectedLines)]
    public long BatchContractDevCorpus()
    {
        long written = 0;
        for (var i = 0; i < _lines.Length; i++)
        {
            var parsed = BatchFormat.ParseLine(_lines[i], i + 1);
            written += parsed.Request is null
                ? BatchFormat.WriteError(parsed.Id, i + 1, parsed.Error ?? string.Empty).Length
                : BatchFormat.WriteResult(parsed.Id, _checker.Check(parsed.Request)).Length;
        }

        return written;
    }
}
