using BenchmarkDotNet.Attributes;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Rules;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Where a check's time goes: preparing the context (normalisation, tokens) alone, and preparing it plus
/// one rule. A rule's own cost is its row minus the "(voorbereiding)" row. Lazily shared work (lexicon
/// matches, people mentioned) is charged to the rule that runs alone, so the rows do not add up to a
/// full check; they show which rule is hot.
/// </summary>
[MemoryDiagnoser]
public class RuleCostBenchmarks
{
    private const string PreparationOnly = "(voorbereiding)";

    private CheckResources _resources = null!;
    private ICheckRule? _rule;
    private CheckRequest _request = null!;

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = PreparationOnly;

    [Params("tweet", "bericht")]
    public string Post { get; set; } = "tweet";

    public static IEnumerable<string> RuleNames =>
        [PreparationOnly, .. RuleRegistry.CreateAll(new CheckResources(OrganisationModel.Demo, new CheckOptions())).Select(r => r.GetType().Name)];

    [GlobalSetup]
    public void Setup()
    {
        _resources = new CheckResources(OrganisationModel.Demo, new CheckOptions());
        _rule = RuleRegistry.CreateAll(_resources).FirstOrDefault(r => r.GetType().Name == Rule);
        _request = SamplePosts.Request(Post == "tweet" ? SamplePosts.TweetLength : SamplePosts.LongPost);
    }

    [Benchmark]
    public int PrepareAndRun()
    {
        var context = new CheckContext(_request, _resources);
        var findings = new List<Finding>();
        _rule?.Evaluate(context, findings);
        return findings.Count;
    }
}
