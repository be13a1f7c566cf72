namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-ninth pass's school batches (helper school25): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyNinthPassSchool25CorpusTests
{
    /// <summary>
    /// 56 posts written for the twenty-ninth pass from the spec and the brief's classes before any rule changed (7b3b3074,
    /// on f8aa0ed2): 23 to doubt (a system that "hapert", "ligt plat", "staat stil", "zit vast", "doet het weer niet"; a
    /// team "in de steek gelaten" or left "zitten" by the board; scare quotes after "moet", "mogen", "noemen ze", "heet",
    /// "is"; "Mooi werk weer van het bestuur:" before a cut; leaders' "moet … anders"), 8 to block (news kept "voor me",
    /// "nog niet rondvertellen", "tussen ons"; a named pupil in the corner, kept in or given lines) and 25 allowed
    /// look-alikes (a lift notice, a game of standing still, a fox left behind in a story, titles and the class's own names
    /// in quotes, sincere praise of the board, a surprise party, the reading corner, a teacher's own detention, classroom
    /// tips). First pass (rules + model, the engine of f8aa0ed2): 0.714 / missed-block 0.000 (0/8) / false-block 0.000
    /// (0/25), lowest F1 0.683 (harmful-statement). After the pass: 1.000 / 0.000 (0/8) / 0.000 (0/25), lowest F1 0.980
    /// (harmful-statement: a director's "De manier waarop we toetsen moet echt anders." is also a complaint by an older
    /// line; labelled a capacity doubt only).
    /// </summary>
    [Fact]
    public void Fresh35School25Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-school25.jsonl")), "fresh35-school25", 0.98, 0.0, 0.0, 0.97);

    /// <summary>
    /// 54 posts written with fresh35-school25 in another voice and with other words (22 to doubt, 9 to block, 23 allowed),
    /// committed with it before any rule changed (7b3b3074), never tuned on, run at the start and once at the end: the
    /// engine of f8aa0ed2 0.667 / missed-block 0.000 (0/9) / false-block 0.087 (2/23); after the pass 0.722 / 0.000 (0/9) /
    /// 0.087 (2/23). The same author wrote both batches, so this is no independent measure; most of its failing posts use
    /// words this pass did not add ("loopt vast", "ligt stil", "in de kou staan", "aan ons lot overgelaten", "Vertel het nog
    /// aan niemand"), and its two false blocks are surprises kept from the children by older secrecy lines.
    /// </summary>
    [Fact]
    public void Fresh35School25HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-school25-heldout.jsonl")), "fresh35-school25-heldout", 0.72, 0.0, 0.09, 0.0);
}
