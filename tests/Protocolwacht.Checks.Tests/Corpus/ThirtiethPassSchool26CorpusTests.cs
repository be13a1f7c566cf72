namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirtieth pass's school batches (helper school26): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtiethPassSchool26CorpusTests
{
    /// <summary>
    /// 55 posts written for the thirtieth pass from the spec and the brief's classes before any rule changed (848eed32, on
    /// 3743fe55): 21 to block (an agenda or meeting of the RvT, the GMR or the board about a change still to come; news
    /// whispered "onder ons", "tussen ons gezegd", "nog even stilhouden", "pas in april wordt het bekend", "vertel het nog
    /// aan niemand"; the author's own sore knee, operation, burn-out, diagnosis, migraine or heart), 12 to doubt (paperwork
    /// about paperwork, silence after a ticket, the class "een uitdaging, zucht", stalling that "loopt vast" or "ligt stil",
    /// scare quotes, praise before a loss) and 22 allowed look-alikes (news already in the newsletter, praise or a surprise
    /// "onder ons", a health lesson and a physiotherapist's workshop, a challenge taken up gladly, a ticket solved with
    /// thanks, a sincere "belangrijk"). First pass (rules + model, the engine of 3743fe55): 0.509 / missed-block 0.429
    /// (9/21) / false-block 0.136 (3/22), lowest F1 0.143 (harmful-statement). After the pass: 0.927 / 0.000 (0/21) / 0.000
    /// (0/22), lowest F1 0.870 (harmful-statement: two scare quotes, "Ze noemen het '…'" and "is al twee jaar 'in
    /// ontwikkeling'", are still missed; the school's "Potverdikkie, het kopieerapparaat doet het alweer niet" is still a
    /// complaint by an older judge of "alweer").
    /// </summary>
    [Fact]
    public void Fresh36School26Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-school26.jsonl")), "fresh36-school26", 0.92, 0.0, 0.0, 0.86);

    /// <summary>
    /// 54 posts written with fresh36-school26 in another voice and with other words (23 to block, 11 to doubt, 20 allowed),
    /// committed with it before any rule changed (848eed32), never tuned on, run at the start and once at the end: the engine
    /// of 3743fe55 0.611 / missed-block 0.261 (6/23) / false-block 0.050 (1/20); after the pass 0.685 / 0.217 (5/23) / 0.050
    /// (1/20). The same author wrote both batches, so this is no independent measure; most of its failing posts use words
    /// this pass did not add ("op de lijst", "buigt zich over", "strikt onder ons", "oorverdovend stil", "muurvast", "een
    /// flinke kluif … Diepe zucht" with the sigh in the next sentence). Stop 51's retrain of the second opinion (its
    /// personal-data threshold 0.99 → 0.9) moved one post's verdict: 0.685 → 0.667, missed-block and false-block unchanged;
    /// the floor follows the retrained model rather than a hand-set threshold.
    /// </summary>
    [Fact]
    public void Fresh36School26HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-school26-heldout.jsonl")), "fresh36-school26-heldout", 0.66, 0.22, 0.05, 0.0);
}
