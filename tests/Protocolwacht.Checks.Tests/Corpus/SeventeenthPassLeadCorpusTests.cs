namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the seventeenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class SeventeenthPassLeadCorpusTests
{
    /// <summary>
    /// 65 posts over all categories written from the spec at the start of stop 36, before the engine saw them (25 allow,
    /// 14 doubt, 26 block; personal, school and Konot accounts, replies to a parent and a pupil, images, a logo, a
    /// teacher on another school's account). Run on the engine of the stop's start (6b25903) at the start: 0.862 /
    /// missed-block 0.115 (3/26) / false-block 0.040 (1/25).
    /// </summary>
    [Fact]
    public void Fresh23LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-lead-heldout.jsonl")), "fresh23-lead-heldout", 0.86, 0.12, 0.04, 0.0);
}
