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
    /// missed-block 0.115 (3/26) / false-block 0.040 (1/25). Missed: a threat of flat tyres "op hem te wachten", "geen
    /// moslims meer … in onze wijk", the author's own birth date after "Jarig!"; only doubted: a named pupil's punishment
    /// (as a name without consent), a closure "als de raad van toezicht akkoord gaat" (by the second opinion alone); blocked: the book title "Het leven
    /// van een loser"; a factual answer to a parent doubted as discussion; two complaints without a grievance word passed.
    /// Run again at the end (both passes merged, retrained, 80037ff): 0.877 / 0.115 (3/26) / 0.040 (1/25); only the
    /// shrug at "het bestuursbureau" moved (school13's resigned complaints). Neither helper's pass reached the rest.
    /// </summary>
    [Fact]
    public void Fresh23LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-lead-heldout.jsonl")), "fresh23-lead-heldout", 0.87, 0.12, 0.04, 0.0);
}
