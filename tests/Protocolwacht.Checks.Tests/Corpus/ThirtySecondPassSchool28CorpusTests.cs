namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-second pass's school batches (helper school28): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtySecondPassSchool28CorpusTests
{
    /// <summary>
    /// 55 posts written for the thirty-second pass from the spec and the brief's classes before any rule changed (73a8eb2a,
    /// on f8bc20e5): 21 to block (figures of money or formation before approval, hinted or brooded on; a pupil who fainted,
    /// was taken to the first aid or away by ambulance; a colleague ill at home or in hospital; a pupil kept with the
    /// director again or taken out of the class; the whole lyrics of a song or a whole lesson copied), 9 to doubt (polite
    /// complaints about the board's policy, scare quotes, leaders' opinions on education policy) and 25 allowed look-alikes
    /// (figures approved and published, a lesson about a budget, a story brooded on, an ambulance visiting the class, a
    /// fainting in a book, a first-aid lesson, a prize fetched from the director, thanks for a study day, a quoted title, an
    /// opinion marked personal, a song sung, one's own song or rap written out, a short quotation with its source, a licensed
    /// musical). First pass (rules + model, the engine of f8bc20e5): 0.800 / missed-block 0.190 (4/21) / false-block 0.080
    /// (2/25), lowest F1 0.000 (quote). After the pass: 0.982 / 0.000 (0/21) / 0.000 (0/25); the floor of F1 stays 0 because
    /// the quote rule reads two posts that quote nobody (a short quotation from "Jip en Janneke" with its source, the author's
    /// own "ik kan alvast zeggen dat").
    /// </summary>
    [Fact]
    public void Fresh38School28Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-school28.jsonl")), "fresh38-school28", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh38-school28 in another voice and with other words (22 to block, 9 to doubt, 24 allowed),
    /// committed with it before any rule changed (73a8eb2a), never tuned on, run at the start and once at the end: the engine
    /// of f8bc20e5 0.727 / missed-block 0.182 (4/22) / false-block 0.042 (1/24), lowest F1 0.308 (harmful-statement); after
    /// the pass the same, no post moved: the constructions added are narrower than the batch's other words ("moet nog door de
    /// RvT", "ik verklap niet te veel", scare quotes of two words, "zelf" for one's own song, "gipskamer"). The same author
    /// wrote both batches, so even a gain would be no independent measure.
    /// </summary>
    [Fact]
    public void Fresh38School28HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-school28-heldout.jsonl")), "fresh38-school28-heldout", 0.72, 0.19, 0.05, 0.30);
}
