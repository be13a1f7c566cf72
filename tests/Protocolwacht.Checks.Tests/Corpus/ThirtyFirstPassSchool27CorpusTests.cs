namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-first pass's school batches (helper school27): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtyFirstPassSchool27CorpusTests
{
    /// <summary>
    /// 56 posts written for the thirty-first pass from the spec and the brief's classes before any rule changed (ec8b7da4, on
    /// c5852e95): 17 to block (news kept "strikt onder ons", "niet doorvertellen", a body that "buigt zich over", "beraadt
    /// zich op" or "bekijkt of" a change, a colleague's leave before it is told; a pupil sent to the director again,
    /// suspended, kept in, recovering from a concussion or given a 4), 11 to doubt (scare quotes after "ze noemen het",
    /// "zogenaamde" or "onze nieuwe", sighs about the board's decisions, leaders' opinions on education policy) and 28
    /// allowed look-alikes (a recipe or a surprise party kept quiet, a jury weighing drawings, news told in the newsletter, the
    /// director reading aloud, a class rule, a first-aid lesson, a match suspended for thunder, names given with love, the
    /// school's own chores and notices, a carnival caption, policy told as news or "namens"). First pass (rules + model, the
    /// engine of c5852e95): 0.804 / missed-block 0.118 (2/17) / false-block 0.107 (3/28), lowest F1 0.696
    /// (harmful-statement). After the pass: 1.000 / 0.000 (0/17) / 0.000 (0/28), lowest F1 0.960 (harmful-statement: the
    /// school's "Strikt onder ons: het CvB heeft besloten …" is also a complaint).
    /// </summary>
    [Fact]
    public void Fresh37School27Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-school27.jsonl")), "fresh37-school27", 0.98, 0.0, 0.0, 0.95);

    /// <summary>
    /// 55 posts written with fresh37-school27 in another voice and with other words (17 to block, 11 to doubt, 27 allowed),
    /// committed with it before any rule changed (ec8b7da4), never tuned on, run at the start and once at the end: the engine
    /// of c5852e95 0.764 / missed-block 0.118 (2/17) / false-block 0.000 (0/27), lowest F1 0.526; after the pass 0.800 /
    /// 0.118 (2/17) / 0.000 (0/27), lowest F1 0.526 (harmful-statement). The same author wrote both batches, so this is no
    /// independent measure; most of its failing posts use words this pass did not add ("broeden op", "heet … een
    /// 'herijking'", "die 'ontzorging'", "onze 'vernieuwde'", "Weer een 'kans' van de directie", "van bovenaf opgelegd").
    /// </summary>
    [Fact]
    public void Fresh37School27HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-school27-heldout.jsonl")), "fresh37-school27-heldout", 0.79, 0.12, 0.0, 0.52);
}
