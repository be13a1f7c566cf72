namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twentieth pass's school batches (helper school16): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and at the end (nothing was changed on it). Floors as in
/// <see cref="DevCorpusTests"/>, for rules + the model shipped at 23862b5 (the lead adjusts them after a retrain).
/// </summary>
public class TwentiethPassSchool16CorpusTests
{
    /// <summary>
    /// 55 posts written by helper school16 at the start of the twentieth pass, from the spec and the brief and before any
    /// run of the engine (00457b6; 33 to stop: "daar gaan we weer" with the thing sighed at in the same clause or the next
    /// sentence, "het zoveelste actieplan", "de zoveelste projectgroep", "weer zo'n teamscholingsmiddag", "de derde teamdag
    /// dit schooljaar", a cold gym, a leaking roof, broken heating and toilets told politely, a leader on the building
    /// budget; the author's sertraline and methylfenidaat, a pupil's Ritalin; named pupils kept in, sent to the corridor
    /// and out of class; a colleague's burn-out, sick leave and operation; notes "in de bestuurskamer", "achter gesloten
    /// deuren", "in het MT", a cut "nog niet met het team gedeeld"; picture books read whole for a camera; a leader's
    /// opinion; replies correcting a parent and a pupil; 22 allowed look-alikes). First pass (rules + model, the engine of
    /// 23862b5): 0.764 / missed-block 0.294 (5/17) / false-block 0.000 (0/22); recall of doubt/block: harmful 8/16,
    /// confidential 4/8, copyright 2/3, personal-data 8/9. The pass was built on its misses, so it is a regression set
    /// now: 1.000 / 0.000 / 0.000 (two capacity advices still missing: "mijn planning" and a sick pupil's reading are no
    /// topic words).
    /// </summary>
    [Fact]
    public void Fresh26School16Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh26-school16.jsonl")), "fresh26-school16", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh26-school16 in another voice and with other words (33 to stop, 19 allowed), committed
    /// with it before any run of the engine and never tuned on. The engine of 23862b5: 0.635 / missed-block 0.529 (9/17)
    /// / false-block 0.000 (0/19); after the pass 0.750 / 0.294 (5/17) / 0.000; recall of doubt/block: harmful 5/16 →
    /// 7/16, confidential 5/8 → 8/8, copyright 1/3 → 2/3, personal-data 5/9 unchanged. Missed, as classes for a next pass:
    /// meetings and plans the class does not hold ("evaluatiecommissie", "implementatietraject", "kwartaalsessie",
    /// "netwerkochtend"), an ordinal of weariness with "hetzelfde" instead of a time span, a lift that "staat stil" and a
    /// ceiling coming down with "Fijn gebouw hebben we" (no `disruption` word, praise without "hoor"); a medicine after
    /// "op" with the first person left out ("Al twee jaar op citalopram"), a brand the medicine class lacks ("Equasym"); a
    /// pupil who "bij de directeur gezeten" and one kept "na schooltijd" for "een gesprek over zijn gedrag"; a picture
    /// book "ingesproken als podcast" (no recording word); a reply to a pupil correcting him ("Jawel, de toets telt wél
    /// mee"). The same author wrote both batches.
    /// </summary>
    [Fact]
    public void Fresh26School16HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh26-school16-heldout.jsonl")), "fresh26-school16-heldout", 0.75, 0.30, 0.0, 0.0);
}
