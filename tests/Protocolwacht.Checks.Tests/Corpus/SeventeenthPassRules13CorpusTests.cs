namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The seventeenth pass's hate batches (helper rules13): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class SeventeenthPassRules13CorpusTests
{
    /// <summary>
    /// 56 posts written for the seventeenth pass from the spec and the brief's classes before any rule changed (be2c679,
    /// on 6b25903): 28 blockable (an identifiable person called a dated or derived noun of contempt: slons, lomperik,
    /// kwast, feeks; a visit announced to someone whose home, work or children's school the author knows; a group kept
    /// out of a place of the author's named through a possessive or after "niet"; money pinched ("pikt/jat geld"); a group
    /// denied understanding or abilities) and 28 allowed look-alikes (the author calling themself names, praise, a play's
    /// title, a fairy tale, help at a known address, a family visit, bans on things, birds that peck, "ik pik je op",
    /// toddlers, neighbours' food after a group is named, a licence plate passed on for a favour, board games, propaganda
    /// in a museum, neutral and positive group mentions). First pass (rules + model, the engine of 6b25903): 0.607 /
    /// missed-block 0.286 (8/28) / false-block 0.321 (9/28), three more blockable posts only doubted. The pass was built on
    /// its misses, so it is a regression set: 0.946 / 0.000 (0/28) / 0.036 (1/28) after it. Left: the title "De getemde
    /// feeks" blocked (an insult noun in a title that is not in quotation marks), and two allowed posts doubted by the
    /// second opinion ("Wat een schat is die nieuwe buurvrouw", "Hij pikt alles snel op").
    /// </summary>
    [Fact]
    public void Fresh23Rules13Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-rules13.jsonl")), "fresh23-rules13", 0.94, 0.0, 0.04, 0.0);

    /// <summary>
    /// 53 posts written with fresh23-rules13 in another voice and with other words (26 blockable, 27 allowed), committed
    /// with it before any rule changed (be2c679) and run once at the end: the engine of 6b25903 0.623 / missed-block 0.346
    /// (9/26) / false-block 0.259 (7/27), four more blockable posts only doubted; after the pass 0.925 / 0.077 (2/26) /
    /// 0.037 (1/27). The same author wrote both batches, so it is not an independent measure. Missed: "Die tante van de
    /// kantine is een vuile slodder" and "Ik ken je kantoor. Binnenkort sta ik bij je aan de deur." (knowing a workplace
    /// and standing at the door are not read); doubted: "Zo'n del als die moeder …" ("del" is in no class). Blocked
    /// wrongly: a licence plate "bij de slagboom opgegeven zodat je morgen gewoon kunt doorrijden". After stop 36's retrain
    /// (harmful-statement threshold 0.95 → 0.97) the second opinion no longer doubts "Zo'n del …": 0.925 / 0.115 (3/26) /
    /// 0.037 (1/27).
    /// </summary>
    [Fact]
    public void Fresh23Rules13HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh23-rules13-heldout.jsonl")), "fresh23-rules13-heldout", 0.92, 0.12, 0.04, 0.0);
}
