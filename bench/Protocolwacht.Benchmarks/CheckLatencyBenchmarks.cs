using BenchmarkDotNet.Attributes;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>Latency and allocations of one check on a warm checker (target: median under 10 µs for a tweet).</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class CheckLatencyBenchmarks
{
    private ProtocolChecker _checker = null!;
    private CheckRequest _tweet = null!;
    private CheckRequest _longPost = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ProtocolChecker.Create(OrganisationModel.Demo);
        _tweet = SamplePosts.Request(SamplePosts.TweetLength);
        _longPost = SamplePosts.Request(SamplePosts.LongPost);
    }

    [Benchmark(Description = "tweet (194 tekens)")]
    public CheckResult TweetLength() => _checker.Check(_tweet);

    [Benchmark(Description = "bericht (1.509 tekens)")]
    public CheckResult LongPost() => _checker.Check(_longPost);
}
