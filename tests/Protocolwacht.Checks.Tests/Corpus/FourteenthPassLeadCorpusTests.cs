namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the fourteenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FourteenthPassLeadCorpusTests
{
    /// <summary>
    /// 60 posts over all categories written from the spec at the start of stop 33, before the engine saw them (24
    /// allow, 12 doubt, 24 block; personal, school and Konot accounts, replies to a parent and a pupil, an image and a
    /// video, a teacher on Konot's account). Its author also wrote the helpers' briefs, so the classes it tests overlap
    /// the ones the pass set out to add: not an independent measure. Run once at the end, after one labelling fix (the
    /// video was attached to the line after the one it belonged to): engine of the stop's start (796f859) 0.917 /
    /// missed-block 0.083 (2/24) / false-block 0.042 (1/24); merged with the retrained weights 0.967 / 0.000 / 0.000.
    /// Left: a complaint about a referee doubted, and a pupil's family situation told without a name only doubted.
    /// </summary>
    [Fact]
    public void Fresh20LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh20-lead-heldout.jsonl")), "fresh20-lead-heldout", 0.95, 0.02, 0.0, 0.0);
}
