using BenchmarkDotNet.Attributes;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Checks every post of the dev corpus once per operation on one thread. Parsing happens in setup, so
/// this is the check alone; reported per post (OperationsPerInvoke), throughput is 1 / mean.
/// Target: at least 50,000 posts/s, i.e. a mean under 20 µs per post.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BatchThroughputBenchmarks
{
    private ProtocolChecker _checker = null!;
    private CheckRequest[] _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        _checker = ProtocolChecker.Create(OrganisationModel.Demo);
        _corpus = DevCorpus.Requests();
    }

    [Benchmark(Description = "dev-corpus, per bericht", OperationsPerInvoke = DevCorpus.ExpectedLines)]
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
}
