namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The sixteenth pass's school batches (helper school12): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class SixteenthPassSchool12CorpusTests
{
    /// <summary>
    /// 60 posts written by helper school12 at the start of the sixteenth pass, from the spec and before any run of the
    /// engine (32 blockable or doubtful: rhetorical questions at the board, nobody asking how the team is, work piled up
    /// with "maar ik klaag toch niet", a countdown, meetings and a timetable as a burden; the author's own diagnosis and
    /// health told as news; named pupils and a colleague with a diagnosis; colleagues known only by role or by role and
    /// class with a burn-out, sick leave, a stay in hospital; a guardian appointed; a read-aloud book, a method's
    /// "rekenschrift", a workbook and an audiobook copied whole; rumour of a merger, minutes of the MT; leaders' opinions;
    /// replies arguing with a parent and a pupil; a divorce; 28 allowed look-alikes: news, thanks, neutral schedule
    /// announcements, countdowns to look forward to, talks about ADHD and burn-out, a charity run, the caretaker and the IB'er
    /// praised, pupils playing a guardian and a stepmother in a school play, the school's own read-aloud book, a question
    /// for book tips, an announced merger, "namens", thanks in replies). First pass (rules + model): 0.767 / missed-block
    /// 0.316 (6/19) / false-block 0.036 (1/28); after the pass (built on its misses) 0.983 / 0.053 (1/19) / 0.000. Left:
    /// an audiobook put "in zijn geheel" on a class site (-42: "gezet" is no verb of copying).
    /// </summary>
    [Fact]
    public void Fresh22School12Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh22-school12.jsonl")), "fresh22-school12", 0.98, 0.06, 0.0, 0.0);

    /// <summary>
    /// 53 posts written with fresh22-school12 in another voice and with other words (23 allowed), committed with it before
    /// any rule changed and run once at the end of the pass: 0.792 / missed-block 0.333 (6/18) / false-block 0.000 (0/23);
    /// the engine before the pass scores 0.755 / 0.389 (7/18) / 0.000 on it. The floors are that run. Misses, as classes
    /// for the next pass: an ironic all-is-well without a repeat word ("Gaat helemaal goedkomen hoor."); a week of
    /// meetings listed day by day with a question about one's own preparation; the author "onder behandeling voor" an
    /// illness; colleagues by a role the class does not hold ("intern begeleider", "ICT-coördinator") and a pregnancy
    /// of one; worksheets copied from a "spellingschrift" (oefenbladen are no class word) and a workbook "nagemaakt";
    /// a closure decided at a board meeting and budget figures read on a shared drive; a leader's opinion as a metaphor;
    /// a named pupil's grief (doubted, not blocked).
    /// </summary>
    [Fact]
    public void Fresh22School12HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh22-school12-heldout.jsonl")), "fresh22-school12-heldout", 0.79, 0.34, 0.0, 0.0);
}
