namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the thirteenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class ThirteenthPassLeadCorpusTests
{
    /// <summary>
    /// 60 posts over all categories written from the spec at the start of stop 32, before the engine saw them (24
    /// allow, 10 doubt, 26 block; personal, school and Konot accounts, replies to a parent and a pupil, an image and a
    /// video). Engine of the stop's start (7dcd4c4) and the merged engine with the retrained weights, run once at the
    /// end: both 0.917 / missed-block 0.038 (1/26) / false-block 0.000, with the same five misses. Two of those misses
    /// were then fixed as classes (a curse before "wedstrijd", read as the fight against a disease; a grade as the
    /// predicate of a test), so the figure after that, 0.950 / 0.000 / 0.000, is no longer a held-out measure. Left: a
    /// colleague's words with a time and a place before "dat" (no quote: widening the gap made two development posts
    /// worse), a threat with a weapon "volgende keer staat hij oog in oog met mijn honkbalknuppel" and "mogen blij zijn
    /// dat ze hier getolereerd worden" of a group (both only doubted).
    /// </summary>
    [Fact]
    public void Fresh19LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh19-lead-heldout.jsonl")), "fresh19-lead-heldout", 0.94, 0.02, 0.0, 0.0);
}
