namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-ninth pass's threat, insult, quote and copyright batches (helper rules25): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class TwentyNinthPassRules25CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-ninth pass from the spec and the brief's classes before any rule changed (6232ea75, on
    /// f8aa0ed2): 29 to stop (knowing someone's route or time then a lonely place; a consequence phrase after a condition with
    /// "dan"; a meeting announced after a grudge; a faculty "van een" dull thing, a walking sleeping pill; a waiting room, "in
    /// rook op", a patch or a sling as the result; partitives of scorn; an insult after a quote; a method or workbook copied
    /// whole), 4 quotes credited by a thought or a saying of the week, and 22 allowed look-alikes (a school trip's route, care
    /// in the dark, pep talks and programmes with "dan", a date "op de ouderavond", praise "van een oude eik", a health lesson
    /// on sleeping pills, a visit to the orthodontist, a burnt barbecue, "een hoop werk", a saying of Montessori, a self-made
    /// worksheet, one page with its source). First pass (rules + model, the engine of f8aa0ed2): 0.473 / missed-block 0.483
    /// (14/29) / false-block 0.091 (2/22). After the pass: 0.964 / 0.000 (0/29) / 0.091 (2/22). Still wrong: a health lesson's
    /// "wat een slaappil met je lichaam doet" and "een wandelende tak als klasdier", both blocked by older judges already on
    /// f8aa0ed2 (an exclamation "wat een" and a comparison with an animal's compound).
    /// </summary>
    [Fact]
    public void Fresh35Rules25Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-rules25.jsonl")), "fresh35-rules25", 0.96, 0.0, 0.10, 0.0);

    /// <summary>
    /// 55 posts written with fresh35-rules25 in another voice and with other words (28 to stop, 4 quotes, 23 allowed),
    /// committed with it before any rule changed (6232ea75), never tuned on: the engine of f8aa0ed2 0.527 / missed-block 0.607
    /// (17/28) / false-block 0.000 (0/23); after the pass 0.655 / 0.429 (12/28) / 0.000 (0/23). Run twice: at the start and at
    /// the end; its wrong posts were read only after the last run. The same author wrote both batches, so this is no
    /// independent measure; its words (persoonlijkheid, charisma, hersens, vaatdoek, strijkplank, slaapmiddel, slaaptablet,
    /// "ervan lusten", "hoe laat het is") were kept out of the classes on purpose. Still wrong: darkness told by a missing
    /// lamp, "kijkt geen mens mee", knowing a route by "heb … door" or "heb hem gevolgd"; "dan weet je hoe laat het is",
    /// "dan zal hij ervan lusten"; a meeting after "uitgelachen en gefilmd" or "voor schut gezet"; faculties and dull things
    /// by the words above; "draagt hij voortaan een mitella", "zit er morgen een pleister op haar neus" (no "met"); "een zootje
    /// klagers" (doubted); "Citaat van de dag, van onze Kees" and "met dank aan Linda"; "de complete jaargang … overgetypt".
    /// </summary>
    [Fact]
    public void Fresh35Rules25HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-rules25-heldout.jsonl")), "fresh35-rules25-heldout", 0.65, 0.43, 0.0, 0.0);
}
