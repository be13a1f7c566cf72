using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// The first check in a fresh process: creating the checker (lexicons read and compiled) plus one
/// check, with JIT and type loading as a user meets them. Every launch is a new process and runs the
/// benchmark once, so the figure is a true cold start. Target: under 200 ms.
/// </summary>
[MedianColumn]
[MinColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "Create + eerste check")]
    public CheckResult CreateAndFirstCheck()
    {
        var checker = ProtocolChecker.Create(OrganisationModel.Demo);
        return checker.Check(SamplePosts.Request(SamplePosts.TweetLength));
    }
}
