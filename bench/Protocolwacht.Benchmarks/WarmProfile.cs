using System.Diagnostics;
using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Checks.Learning;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Checks.Rules;
using Protocolwacht.Checks.Rules.Harmful;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// <c>-- warm-profile POSTS.jsonl [rounds]</c>: where a warm post's time goes, by stopwatch, in this process. After a
/// warm-up round over all posts (so tiered compilation has optimised the hot methods and the caches are filled), each
/// round runs every post through the stages of <see cref="ProtocolChecker.Check"/> one at a time and adds up each stage's
/// ticks: the context (folding, tokens, typo readings), the classes, the lexicon matches, the people, each rule in the
/// registry's order, the features and the second opinion. Shared lazy facts are made in their own stage before the rules,
/// so a rule's row is its own work. A second pass times the stages of the context apart, and the five judges of
/// <see cref="HarmfulStatementRule"/> each on its own (the rule stops at the first that finds, so these rows are each
/// judge's cost when asked, not what the rule spends). Allocation per post is the thread's allocated bytes over a
/// whole round of <see cref="ProtocolChecker.Check"/>.
/// </summary>
internal static class WarmProfile
{
    public static void Run(string path, int rounds)
    {
        var requests = Read(path);
        var resources = new CheckResources(OrganisationModel.Demo, new CheckOptions());
        var rules = RuleRegistry.CreateAll(resources);
        var checker = ProtocolChecker.Create(OrganisationModel.Demo);
        var names = new List<string> { "context (fold, tokens, typos)", "classes", "lexicon matches", "people" };
        foreach (var rule in rules)
        {
            names.Add(rule.GetType().Name);
        }

        names.Add("features");
        names.Add("second opinion scores");
        var ticks = new long[names.Count];
        var parts = new[] { "  fold (NormalisedText)", "  tokenize", "  typo readings", "  sentences", "  GroupHateJudge", "  ThreatJudge", "  InsultJudge", "  ComplaintJudge", "  SarcasticComplaintJudge" };
        var partTicks = new long[parts.Length];

        // Warm-up: every path the posts take, twice, so tier-1 code runs in the measured rounds.
        for (var w = 0; w < 3; w++)
        {
            Staged(requests, resources, rules, new long[names.Count]);
            Parts(requests, resources, new long[parts.Length]);
            foreach (var request in requests)
            {
                checker.Check(request);
            }
        }

        long checkTicks = 0;
        long allocated = 0;
        for (var r = 0; r < rounds; r++)
        {
            Staged(requests, resources, rules, ticks);
            Parts(requests, resources, partTicks);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            foreach (var request in requests)
            {
                checker.Check(request);
            }

            checkTicks += Stopwatch.GetTimestamp() - start;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var posts = (double)requests.Count * rounds;
        var invariant = CultureInfo.InvariantCulture;
        double Micro(long t) => t * 1_000_000.0 / Stopwatch.Frequency / posts;
        Console.WriteLine(string.Create(invariant, $"{requests.Count} posts x {rounds} rounds; whole Check {Micro(checkTicks):0.00} µs/post, {allocated / posts:0} bytes/post allocated"));
        var sum = 0L;
        for (var i = 0; i < names.Count; i++)
        {
            sum += ticks[i];
            Console.WriteLine(string.Create(invariant, $"{names[i],-32} {Micro(ticks[i]),8:0.00} µs/post"));
        }

        Console.WriteLine(string.Create(invariant, $"{"stages together",-32} {Micro(sum),8:0.00} µs/post"));
        for (var i = 0; i < parts.Length; i++)
        {
            Console.WriteLine(string.Create(invariant, $"{parts[i],-32} {Micro(partTicks[i]),8:0.00} µs/post"));
        }
    }

    private static void Staged(List<CheckRequest> requests, CheckResources resources, ICheckRule[] rules, long[] ticks)
    {
        var findings = new List<Finding>();
        foreach (var request in requests)
        {
            findings.Clear();
            var t = Stopwatch.GetTimestamp();
            var context = new CheckContext(request, resources);
            t = Lap(ticks, 0, t);
            _ = context.Classes;
            t = Lap(ticks, 1, t);
            _ = context.Matches(resources.Harmful);
            t = Lap(ticks, 2, t);
            _ = context.People;
            t = Lap(ticks, 3, t);
            for (var i = 0; i < rules.Length; i++)
            {
                rules[i].Evaluate(context, findings);
                t = Lap(ticks, 4 + i, t);
            }

            var features = FeatureExtractor.Extract(context, []);
            t = Lap(ticks, 4 + rules.Length, t);
            SecondOpinion.Add(SecondOpinionModel.Embedded, features, findings);
            Lap(ticks, 5 + rules.Length, t);
        }
    }

    private static void Parts(List<CheckRequest> requests, CheckResources resources, long[] ticks)
    {
        foreach (var request in requests)
        {
            var t = Stopwatch.GetTimestamp();
            var text = NormalisedText.Create(request.Text);
            t = Lap(ticks, 0, t);
            var tokens = Tokenizer.Tokenize(text);
            t = Lap(ticks, 1, t);
            Checks.Language.Typos.AddReadings(tokens);
            Lap(ticks, 2, t);

            var context = new CheckContext(request, resources);
            _ = context.Classes;
            _ = context.Matches(resources.Harmful);
            _ = context.People;
            t = Stopwatch.GetTimestamp();
            var sentences = Sentence.All(context);
            t = Lap(ticks, 3, t);
            GroupHateJudge.Find(context, sentences);
            t = Lap(ticks, 4, t);
            ThreatJudge.Find(context, sentences);
            t = Lap(ticks, 5, t);
            InsultJudge.Find(context, sentences);
            t = Lap(ticks, 6, t);
            ComplaintJudge.Find(context, sentences);
            t = Lap(ticks, 7, t);
            SarcasticComplaintJudge.Find(context, sentences);
            Lap(ticks, 8, t);
        }
    }

    private static long Lap(long[] ticks, int stage, long since)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[stage] += now - since;
        return now;
    }

    private static List<CheckRequest> Read(string path)
    {
        var requests = new List<CheckRequest>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (BatchFormat.ParseLine(line, ++number).Request is { } request)
            {
                requests.Add(request with
                {
                    Text = request.Text ?? string.Empty,
                    Account = request.Account ?? new AccountContext(AccountKind.Personal, null, null),
                    Attachments = request.Attachments ?? [],
                });
            }
        }

        return requests;
    }
}
