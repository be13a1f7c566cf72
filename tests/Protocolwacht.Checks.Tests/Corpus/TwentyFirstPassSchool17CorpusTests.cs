namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-first pass's school batches (helper school17): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and at the end (nothing was changed on it). Floors as in
/// <see cref="DevCorpusTests"/>, for rules + the model shipped at 13b0d75 (the lead adjusts them after a retrain).
/// </summary>
public class TwentyFirstPassSchool17CorpusTests
{
    /// <summary>
    /// 53 posts written by helper school17 at the start of the twenty-first pass, from the spec and the brief and before
    /// any run of the engine (650cc44; 30 to stop: a "klankbordsessie", a "verandertraject", a "werkcommissie", an
    /// "inspiratiedag"; 14 and 28 degrees in a classroom, buckets in the corridor when it rains, a timetable set by the
    /// head and a planning set from above; a leader on the board's treatment of the annual plan; a pupil's Equasym,
    /// Ventolin, Medikinet and Lamictal and a colleague's Keppra and Tramadol, named without "ik"; named pupils kept with
    /// the head, kept in, sent out of class; a book spoken in whole, a method read as a podcast, a book put online as an
    /// audiobook; replies correcting parents and pupils; a selection committee and leaders' notes passed on; a leader's
    /// opinion; 23 allowed look-alikes). First pass (rules + model, the engine of 13b0d75): 0.736 / missed-block 0.133
    /// (2/15) / false-block 0.043 (1/23; leave announced in the newsletter, blocked as confidential and personal data);
    /// recall of doubt/block: harmful 6/14, confidential 3/4, copyright 1/3, personal-data 10/10, discussion 4/4. The pass
    /// was built on its misses, so it is a regression set now: 1.000 / 0.000 / 0.000.
    /// </summary>
    [Fact]
    public void Fresh27School17Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh27-school17.jsonl")), "fresh27-school17", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh27-school17 in another voice and with other words (30 to stop, 22 allowed), committed
    /// with it before any run of the engine and never tuned on. The engine of 13b0d75: 0.692 / missed-block 0.200 (3/15)
    /// / false-block 0.000 (0/22); after the pass 0.846 / 0.067 (1/15) / 0.000; recall of doubt/block: harmful 4/14 →
    /// 7/14, personal-data 8/10 → 10/10, confidential 2/3 → 3/3, copyright 1/3 → 2/3, discussion 4/4. Missed, as classes
    /// for a next pass: weariness without a repeat or an ordinal ("een heel jaar professionaliseringstraject en we weten
    /// nog steeds niet …", "een commissie die gaat adviseren over de andere commissies", "weer een hele studiemiddag
    /// vergaderd over iets wat in een mail had gekund"); water inside told with a plain "weer"; a lift that "staat stil"
    /// with sarcasm; a timetable "eenzijdig omgegooid" (the change word is no grievance for `ImposedSchedule`); a pupil
    /// who "krijgt geen buitenspeeltijd" for bullying (a punishment without its word); a method put out as an audiobook
    /// without a title ("alle verhalen uit onze taalmethode"). The same author wrote both batches. After stop 40's merge and
    /// retraining: 0.865 / 0.133 (2/15) / 0.000 — the retrained second opinion no longer doubts the pupil kept from
    /// playtime (the old model doubted it as personal data; no rule reads that punishment), so that post moved from doubt
    /// to allow, while two posts the branch had wrong are right now.
    /// </summary>
    [Fact]
    public void Fresh27School17HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh27-school17-heldout.jsonl")), "fresh27-school17-heldout", 0.86, 0.14, 0.0, 0.0);
}
