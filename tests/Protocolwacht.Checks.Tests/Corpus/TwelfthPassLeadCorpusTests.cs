namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the twelfth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class TwelfthPassLeadCorpusTests
{
    /// <summary>
    /// 60 posts over all categories written from the spec at the start of stop 31, before the engine saw them (24
    /// allow, 10 doubt, 26 block; personal, school and Konot accounts, replies to a parent and a pupil, an image). Engine
    /// of the stop's start: 0.933 / missed-block 0.038 (1/26) / false-block 0.000; the stop's merged engine and
    /// weights, run once: 0.950 / 0.038 (1/26) / 0.000. Its misses, as classes: "kloten-" as the first part of a
    /// compound (allowed), a reply to a parent that defends a rule after thanking them (allowed), and a veiled threat
    /// "sta ik niet meer voor mezelf in" (only doubted).
    /// </summary>
    [Fact]
    public void Fresh18LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh18-lead-heldout.jsonl")), "fresh18-lead-heldout", 0.94, 0.04, 0.0, 0.0);
}
