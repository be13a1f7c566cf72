namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-fourth pass's held-out batch (helper left30). Its tuning batch (36 posts, 18 to stop and 18 look-alikes)
/// stays in the notes (`/work/notes/fresh40-left30-tune.jsonl`), out of the model's training files; the held-out batch's
/// name keeps it out of them too. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this
/// branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFourthPassLeft30CorpusTests
{
    /// <summary>
    /// 36 posts written from the classes of the earlier held-out posts the check still let through, in another voice than the
    /// tuning batch (lower case, chat spelling, emoji, other words and targets), committed before any rule changed (93e9ccc5,
    /// on a68babe5), never tuned on: 18 to stop (a quality "van een" dull thing, praise compared with a dull thing, "een
    /// wandelend …", nobody who sees or hears on the addressee's own route, a grudge answered by a meeting without witnesses,
    /// a diminutive of vermin after an adjective of scorn) and 18 allowed look-alikes (a sofa's colour, a lion's heart, a
    /// cosy café, hot soup, a calm sea, a walking history book, walking on the beach, the author's own quiet route, a reunion,
    /// a claim settled by the insurer, a beetle on a hand, a worm saved). First pass (rules + model, the engine of
    /// a68babe5): 0.500 / missed-block 0.500 (9/18) / false-block 0.000 (0/18); after the pass 0.778 / 0.278 (5/18) / 0.000
    /// (0/18). Run twice: at the start and at the end; its wrong posts were read only after the last run. The same author
    /// wrote both batches, so this is no independent measure. Still wrong: "de humor van een belastingaangifte" (no dull
    /// thing), "daar hoort toch niemand iets" (doubt: "toch" between the verb and "niemand"), "ik weet dat je om 11 uur …
    /// daar kijkt geen hond" ("uur" is no time word of the "ik weet" lines), "dat komt goed, wij komen elkaar nog wel eens
    /// tegen op een rustig moment" ("goed" is `positive`, which cancels the line), "een appeltje te schillen … onder vier
    /// ogen" (not read), "een miezerig vlooitje" (the diminutive of vlo is not in the form table), "die belastinginspecteur?
    /// gewoon een laf wormpje" (doubt: no copula), and the false doubt of a friendly "wij komen elkaar vast nog wel eens
    /// tegen 😊" (as before the pass).
    /// </summary>
    [Fact]
    public void Fresh40Left30HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh40-left30-heldout.jsonl")), "fresh40-left30-heldout", 0.77, 0.28, 0.0, 0.0);
}
