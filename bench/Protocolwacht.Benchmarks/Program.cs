using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Run with: dotnet run -c Release --project bench/Protocolwacht.Benchmarks -- --filter '*' --job short
/// (see docs/benchmarks.md for the figures and the machine they were taken on).
/// <c>-- cold-start</c> instead times, in this fresh process, loading the demo organisation, creating
/// the checker and the first check, without BenchmarkDotNet in between; <c>-- cold-start-parts</c> splits that
/// into the processor time of each shared table (see <see cref="ColdStartParts"/>). <c>-- reactions</c> fetches and
/// checks 10,000 reactions across 50 accounts on local platform servers (see <see cref="ReactionsFetchBench"/>).
/// <c>-- warm-profile POSTS.jsonl [rounds]</c> splits a warm post's time into stages and rules (see <see cref="WarmProfile"/>).
/// <c>-- insight [posts] [postgres-connection] [--explain]</c> times the insight page's figures over 100,000 archived posts (see <see cref="InsightBench"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["cold-start"])
        {
            ColdStart();
            return;
        }

        if (args is ["cold-start-parts"])
        {
            ColdStartParts.Run();
            return;
        }

        if (args is ["warm-profile", var posts, ..])
        {
            WarmProfile.Run(posts, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["reactions", ..])
        {
            var accounts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
            var reactions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
            ReactionsFetchBench.RunAsync(accounts, reactions).GetAwaiter().GetResult();
            return;
        }

        if (args is ["insight", ..])
        {
            var rest = args.Where(a => a != "--explain").ToArray();
            InsightBench.RunAsync(
                rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 100_000,
                rest.Length > 2 ? rest[2] : null,
                explain: args.Contains("--explain")).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void ColdStart()
    {
        var total = Stopwatch.StartNew();
        var organisation = OrganisationModel.Demo;
        var afterOrganisation = total.Elapsed;
        var checker = Checks.ProtocolChecker.Create(organisation);
        var afterCreate = total.Elapsed;
        var result = checker.Check(SamplePosts.Request(SamplePosts.TweetLength));
        var afterFirst = total.Elapsed;
        var second = Stopwatch.StartNew();
        checker.Check(SamplePosts.Request(SamplePosts.LongPost));
        var secondCheck = second.Elapsed;

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"organisation loaded: {afterOrganisation.TotalMilliseconds:0.0} ms"));
        Console.WriteLine(string.Create(invariant, $"checker created:     {(afterCreate - afterOrganisation).TotalMilliseconds:0.0} ms"));
        Console.WriteLine(string.Create(invariant, $"first check:         {(afterFirst - afterCreate).TotalMilliseconds:0.0} ms ({result.Verdict})"));
        Console.WriteLine(string.Create(invariant, $"total to first verdict: {afterFirst.TotalMilliseconds:0.0} ms"));
        Console.WriteLine(string.Create(invariant, $"next check (long post, still cold paths): {secondCheck.TotalMilliseconds:0.000} ms"));
    }
}
