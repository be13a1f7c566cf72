namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-eighth pass's threat, insult, quote and copyright batches (helper rules24): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class TwentyEighthPassRules24CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-eighth pass from the spec and the brief's classes before any rule changed (58f13a7d, on
    /// 1283cb01): 28 to stop (an appointment at a care place, another's car or office in flames or ashes, an eye patch or a
    /// sling as the result; meeting someone with "elkaar", "tegen het lijf" or "weet waar ik je kan vinden" then a warning;
    /// ironic comparisons of intellect, labels of a nagging habit, worms and insects of scorn; an insult added after a quote and
    /// meeting news shared as one; a method's tests, lesson series or workbook scanned whole), 5 quotes credited to a colleague
    /// by other frames, and 22 allowed look-alikes (opening hours, a fire in the news, laughing on the floor, a lesson on
    /// teeth, a friendly "weet je me te vinden?", colleagues meeting at a study day, praise of a meddler, a lesson on worms,
    /// literal comparisons, sayings of well-known educators, a self-made worksheet, one page with its source). First pass
    /// (rules + model, the engine of 1283cb01): 0.473 / missed-block 0.429 (12/28) / false-block 0.136 (3/22). After the pass:
    /// 0.909 / 0.000 (0/28) / 0.091 (2/22). Still wrong: a lesson's "wie zijn tanden niet poetst, moet vaker naar de tandarts"
    /// (blocked by an older line on a harm outcome after "wie"), a meddler praised ("bleek … de hardste werker", blocked by the
    /// insult-noun line), "komen elkaar nog wel eens tegen in het donker" (no "dan"), an insult after a quote too far from its
    /// copula ("hij is zelf de grootste leugenaar", doubted), a kind eye patch doubted by the model.
    /// </summary>
    [Fact]
    public void Fresh34Rules24Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-rules24.jsonl")), "fresh34-rules24", 0.90, 0.0, 0.10, 0.0);

    /// <summary>
    /// 55 posts written with fresh34-rules24 in another voice and with other words (28 to stop, 5 quotes, 22 allowed),
    /// committed with it before any rule changed (58f13a7d), never tuned on: the engine of 1283cb01 0.564 / missed-block 0.429
    /// (12/28) / false-block 0.000 (0/22); after the pass 0.691 / 0.357 (10/28) / 0.000 (0/22); after the lead's retrain (529f37fb, harmful-statement threshold
    /// 0.95 → 0.97) 0.691 / 0.393 (11/28) / 0.000: the model no longer doubts "zo snugger als een stoeptegel". Run twice: at the start and at the end; its wrong posts
    /// were read only after the last run. The same author wrote both batches, so this is no independent measure; words that
    /// appear only in it (vloermat, stoeptegel, theezakje, pienter, kniesoor, luis, vlieg, miezerig) were kept out of the
    /// classes on purpose. Still wrong: an appointment told as a waiting room ("een plekje in de wachtkamer van de kaakchirurg
    /// reserveren"), "gaat zijn kantoor in rook op", "een lapje voor haar oog", "in een draagdoek" (doubted); meetings
    /// without "dan" ("zul je wensen dat …", "op een stil weggetje") or without an ominous word ("Ik weet precies waar ik die
    /// vader kan vinden, en dan …"), "we zien elkaar nog wel"; comparisons and labels by the words above; "Fijne gedachte
    /// van Fatima:"; "het complete toetspakket … op mijn eigen site" and "alle lessen … gebundeld in één pdf" (copyright).
    /// </summary>
    [Fact]
    public void Fresh34Rules24HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-rules24-heldout.jsonl")), "fresh34-rules24-heldout", 0.69, 0.40, 0.0, 0.0);
}
