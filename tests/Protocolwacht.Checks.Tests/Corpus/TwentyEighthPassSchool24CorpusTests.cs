namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-eighth pass's school batches (helper school24): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyEighthPassSchool24CorpusTests
{
    /// <summary>
    /// 56 posts written for the twenty-eighth pass from the spec and the brief's classes before any rule changed (ae05c8e3,
    /// on 1283cb01): 21 to doubt (a coffee machine, board, website or network that "gaat op zwart", "werkt niet mee",
    /// "weigert", "ligt er weer uit"; "Nog steeds geen …", a request "verdwijnt op de stapel"; "behalve het bestuur zelf",
    /// "we zijn 'gepeild'", "Knap hoor." after a cut; leaders' opinions on policy), 12 to block (news that "mag nog niet
    /// gedeeld worden", "onder de pet", "voordat het officieel is"; a named pupil on the corridor, at the time-out place or
    /// with the director; a pupil who "werkt niet mee" told to a parent; "Namens …" on another school's account; a threat
    /// about children) and 23 allowed look-alikes (the lights of a musical, a club's website, a surprise under the hat,
    /// sincere praise, a pupil's word in quotes, "Namens Het Kompas:" by its own staff). First pass (rules + model, the
    /// engine of 1283cb01): 0.661 / missed-block 0.167 (2/12) / false-block 0.000 (0/23), lowest F1 0.563
    /// (harmful-statement). After the pass: 1.000 / 0.000 (0/12) / 0.000 (0/23), lowest F1 0.889 (confidential: an extra
    /// confidential finding on a pupil sent to the director after a quarrel in the gym).
    /// </summary>
    [Fact]
    public void Fresh34School24Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-school24.jsonl")), "fresh34-school24", 0.98, 0.0, 0.0, 0.88);

    /// <summary>
    /// 53 posts written with fresh34-school24 in another voice and with other words (20 to doubt, 12 to block, 21 allowed),
    /// committed with it before any rule changed (ae05c8e3), never tuned on, run at the start and once at the end: the
    /// engine of 1283cb01 0.604 / missed-block 0.333 (4/12) / false-block 0.048 (1/21); after the pass 0.642 / 0.250 (3/12) /
    /// 0.048 (1/21); after the lead's retrain (529f37fb, harmful-statement threshold 0.95 → 0.97) 0.623 / 0.250 / 0.048:
    /// the model no longer doubts "Klassen samenvoegen … Chapeau, Konot.". The same author wrote both batches, so this is no independent measure; most of its failing devices use
    /// idioms this pass did not add ("hapert", "plat", "staat stil", "laten ons in de steek", "doet moeilijk").
    /// </summary>
    [Fact]
    public void Fresh34School24HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-school24-heldout.jsonl")), "fresh34-school24-heldout", 0.62, 0.25, 0.05, 0.0);
}
