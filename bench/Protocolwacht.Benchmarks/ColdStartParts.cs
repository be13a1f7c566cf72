using System.Diagnostics;
using System.Globalization;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// <c>-- cold-start-parts</c>: in this fresh process, the processor time (user + system, so a loaded machine's waiting
/// does not count) of each shared table the first check needs, loaded one after the other in the order a check
/// would touch them, then the rest of <c>ProtocolChecker.Create</c> (its warm-up check included) and the first check.
/// A part's figure includes the JIT compilation and type loading it is the first to need, so the split moves a little
/// when the order changes; the total does not. Beside the time, each part shows the methods it had compiled at run
/// time (and the JIT's own clock for them, which counts waiting on a loaded machine too) and the memory it allocated:
/// with ReadyToRun most of a part's compilation is generic code over the check's own value types, which ReadyToRun
/// cannot precompile across assemblies.
/// </summary>
internal static class ColdStartParts
{
    public static void Run()
    {
        using var process = Process.GetCurrentProcess();
        var start = Cpu(process);
        Checks.ProtocolChecker? checker = null;
        OrganisationModel? organisation = null;
        Part(process, "organisation (demo)", () => organisation = OrganisationModel.Demo);
        Part(process, "dictionary words", () => Checks.Language.DictionaryWords.IsWordOrInflection("huizen"));
        Part(process, "morphology table", () => Checks.Language.Morphology.Knows("huis"));
        Part(process, "word classes", () => _ = Checks.Language.WordClasses.Default);
        Part(process, "token classifier", () => _ = Checks.Language.TokenClassifier.Default);
        Part(process, "lexicons and index", () => Checks.Lexicons.LexiconSet.For(null));
        Part(process, "protocol citations", () => _ = Checks.Guidelines.Protocol.R2);
        Part(process, "second opinion weights", () => _ = Checks.Learning.SecondOpinionModel.Embedded);
        Part(process, "rest of Create + warm-up", () => checker = Checks.ProtocolChecker.Create(organisation!));
        Part(process, "first check (tweet)", () => checker!.Check(SamplePosts.Request(SamplePosts.TweetLength)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"to first verdict",-26} {(Cpu(process) - start).TotalMilliseconds,7:0.0} ms CPU ({Cpu(process).TotalMilliseconds:0.0} ms since the process started; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {GC.CollectionCount(0)} collections)"));
    }

    private static void Part(Process process, string name, Action load)
    {
        var before = Cpu(process);
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        load();
        var cpu = (Cpu(process) - before).TotalMilliseconds;
        var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {cpu,7:0.0} ms CPU   JIT {methods,4} methods {jit,6:0.0} ms   {allocated,5:0.0} MB allocated"));
    }

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
