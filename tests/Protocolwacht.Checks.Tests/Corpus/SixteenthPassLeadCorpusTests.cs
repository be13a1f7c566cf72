namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the sixteenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class SixteenthPassLeadCorpusTests
{
    /// <summary>
    /// 63 posts over all categories written from the spec at the start of stop 35, before the engine saw them (25 allow,
    /// 13 doubt, 25 block; personal, school and Konot accounts, replies to a parent and a pupil, images, a logo, a
    /// teacher on another school's account and a caretaker on Konot's). Run on the engine of the stop's start (2c77033)
    /// at the start: 0.921 / missed-block 0.080 (2/25) / false-block 0.040 (1/25). Missed: a class parent called "een
    /// slons", and "ik weet in welke straat die invalkracht woont … eens langsgaan"; blocked: a neighbourly invitation
    /// ("Nog nooit zoveel lekkers op één tafel gezien") read as a remark about a group; only doubted: the author's own
    /// diagnosis told as news; a complaint without a grievance word ("Het bestuur kijkt toe") passes. Run again at the
    /// end, merged and retrained: 0.937 / 0.080 (2/25) / 0.040 (1/25); the own diagnosis is now blocked, the other four
    /// stay as they were (neither helper's pass reached them).
    /// </summary>
    [Fact]
    public void Fresh22LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh22-lead-heldout.jsonl")), "fresh22-lead-heldout", 0.93, 0.08, 0.04, 0.0);
}
