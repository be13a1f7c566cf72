namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The seventeenth pass's school batches (helper school13): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and at the end (after the pass, and again after two of its lexicon lines were narrowed
/// for false doubts found on sentences written for the tests; nothing was changed on the held-out batch). Floors as in
/// <see cref="DevCorpusTests"/>.
/// </summary>
public class SeventeenthPassSchool13CorpusTests
{
    /// <summary>
    /// 56 posts written by helper school13 at the start of the seventeenth pass, from the spec and before any run of the
    /// engine (4170a16; 30 to stop: resigned or ironic complaints about the board without a grievance word, a shrug after
    /// a decision, weary countdowns, sneers at parents taken back as jokes, a new director for the third time; a
    /// colleague's pregnancy and treatment known by role, the only male teacher's heart trouble, the author under
    /// treatment, a pupil's grief, punishment, grade and home situation; a closure decided by the board, a reorganisation
    /// hinted, notes of the directors' meeting, a budget seen early; worksheets, a lesson and copy sheets of a method and a
    /// song's lyrics given whole; a leader's opinion; a reply correcting a parent; 26 allowed look-alikes: a published plan
    /// and decision with a link, thanks to the board, countdowns to look forward to, a holiday schedule, the author's own
    /// pregnancy, an announced leave, a health tip, an attributed quotation, public news with its source, the school's own
    /// worksheets, sheets shared with the publisher's permission, a training about grief, the IB'er's and ICT-coördinator's
    /// work praised). First pass (rules + model, the engine of 6b25903): 0.714 / missed-block 0.278 (5/18) / false-block
    /// 0.038 (1/26; the author's own pregnancy); the pass was built on its misses, so it is a regression set now: 0.964 /
    /// 0.000 / 0.000. Left: "Derde directeur in twee jaar. Ik leer maar niet meer hoe ze heten." (turnover told as a shrug)
    /// and a countdown that opens with "Aftellen geblazen" and ends in "mag ik eindelijk slapen" (a countdown looked back
    /// on, with rest as its end, is no class the judge reads).
    /// </summary>
    [Fact]
    public void Fresh23School13Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-school13.jsonl")), "fresh23-school13", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh23-school13 in another voice and with other words (30 to stop, 22 allowed), committed with
    /// it before any run of the engine and never tuned on. The engine of 6b25903: 0.750 / missed-block 0.167 (3/18) /
    /// false-block 0.000 (0/22); after the pass exactly the same, not one verdict changed: the pass's patterns are too
    /// narrow for posts in other words. Misses, as classes for the next pass: resignation about a decision without the
    /// organisation named in the sentence ("Komt vast allemaal goed met die nieuwe werkverdeling"), the board "heeft
    /// gesproken", a text shrug (¯\_(ツ)_/¯), a countdown to a pension, sneers at parents' pride, the office versus the
    /// work floor, a repair awaited for years with a proverb, a meeting "die ook een mail had kunnen zijn", a countdown
    /// in several units, a policy "met het team besproken" in scare quotes; the author's antidepressants (no class word
    /// for medication in the first person), the director "met spoed geopereerd" (doubted), a closure agreed by the works
    /// council before the parents' letter (doubted); tests of a method put "allemaal" on a shared drive and a picture book
    /// put "bladzijde voor bladzijde op Instagram" (no copy verb); a colleague expecting twins is blocked as confidential
    /// but not as personal data. The same author wrote both batches, so it is not an independent measure.
    /// </summary>
    [Fact]
    public void Fresh23School13HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-school13-heldout.jsonl")), "fresh23-school13-heldout", 0.75, 0.17, 0.0, 0.0);
}
