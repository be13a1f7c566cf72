namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The eleventh pass's batches (stop 30): each author's tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class EleventhPassCorpusTests
{
    /// <summary>
    /// 56 posts written by helper school7 at the start of the eleventh pass, from the spec and before any run of the
    /// engine (28 blockable or doubtful: sensitive facts about pupils the roster does not know, identified by class,
    /// apposition or a relative, without a diagnosis word; the author's own diagnosis and birth date; a colleague's
    /// absence; overheard and hinted closures, a meeting's whiteboard and the MR's agenda, a colleague leaving before
    /// it is announced; leaders' opinions without an opinion word; whole lyrics and a copied lesson; sarcastic
    /// complaints about the building and timetable; 28 allowed look-alikes). First pass (rules + model): 0.714 /
    /// missed-block 0.286 (6/21) / false-block 0.000 (0/28); after the pass (built on its misses) 0.982 / 0.000 /
    /// 0.000, the one wrong verdict the model's confidential doubt on an announced merger.
    /// </summary>
    [Fact]
    public void Fresh17School7Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-school7.jsonl")), "fresh17-school7", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh17-school7 in another voice and with other words (26 allowed), committed with it
    /// before any rule changed and run once at the end of the pass: 0.750 / missed-block 0.263 (5/19) / false-block
    /// 0.038 (1/26); the engine before the pass scores 0.673 / 0.474 (9/19) / 0.038 on it. The floors are that run.
    /// Its misses as classes for the next pass: a name opening the sentence in apposition ("Puck, het meisje met …",
    /// the dictionary lists first names); a grade as "met een 3 afgesloten"; "naar huis gestuurd wegens wangedrag";
    /// rumour by "het schijnt dat", "liet doorschemeren dat"; a colleague "al weken afwezig"; leaders' norms with
    /// "horen niet achter", "is de toekomst"; "woord voor woord", "zonder er iets voor te regelen"; sarcasm about wifi
    /// and the planning with 👌 or "zonder". Allowed but blocked: a workshop "over dyslexie" by "onze ib'er" read as the
    /// colleague's health.
    /// </summary>
    [Fact]
    public void Fresh17School7HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-school7-heldout.jsonl")), "fresh17-school7-heldout", 0.75, 0.27, 0.04, 0.0);

    /// <summary>
    /// 57 posts written for the eleventh pass (helper rules7) from the spec before any rule changed: 28 blockable
    /// (intimidation phrased as advice, the addressee's family or home watched, an address or home with a knife or devil
    /// emoji, harm promised without a harm verb, a group said to run things, to be there to defraud, to be a dead weight
    /// or of a lower race; one post about the author's own knee operation, labelled allow at first and corrected to
    /// personal-data block after the first run because the spec counts the author's health) and 29 allowed look-alikes
    /// (advice, family, relatives' diseases, news of fires and violence, counter-speech that quotes a generalisation,
    /// history lessons, a group with a say). First pass (rules + model), labels as corrected: 0.561 / missed-block 0.500
    /// (14/28) / false-block 0.172 (5/29); as first written 0.544 / 0.519 / 0.200. The pass was built on its misses, so
    /// it is a regression set: 0.912 / 0.107 (3/28) / 0.034 (1/29) after it (left: advice to take another route, a
    /// friendly-looking visit to a described front door, "mensen afzetten", and "oplichters die ouderen …" read as an
    /// insult of parents by the older insult-adjective line).
    /// </summary>
    [Fact]
    public void Fresh17Rules7Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-rules7.jsonl")), "fresh17-rules7", 0.91, 0.11, 0.04, 0.0);

    /// <summary>
    /// 53 posts written with fresh17-rules7, in another voice and with other words (26 blockable, 27 allowed), committed
    /// before any rule changed and run once at the end: the engine before the pass 0.585 / missed-block 0.577 (15/26) /
    /// false-block 0.000; after it 0.660 / 0.462 (12/26) / 0.000 (gained: friends sent to ring at the door, an address
    /// with knife emoji, a faith with "te veel te vertellen", "een lagere soort mens"). The same author wrote both
    /// batches, so the held-out words were known while the classes were written; no held-out word was added. Misses
    /// left (blockable posts allowed or only doubted), as classes: advice about the addressee's car, a report to
    /// withdraw or a move ("als je snapt wat ik bedoel", "voordat het uit de hand loopt"), "wat er met verklikkers
    /// gebeurt" (no person word), "kijk maar goed om je heen als …", a wife's workplace with a devil emoji (no home),
    /// watching told as seen ("ik heb jouw kinderen zien lopen"), "wacht maar tot je uit je werk komt, ik sta bij je
    /// auto", parents' home known with "weten" (after the merge `kin` has "ouder", but the line's exception "niet" still
    /// drops "…, vergeet dat niet"), an ability lost without "kan … niet
    /// meer" ("hoeft niet meer te voetballen"), property not whole with "staan er … bij" or "niet lang meer
    /// uithouden", a fire hinted before "zou vervelend zijn", "de touwtjes in handen", "van mindere komaf". No allowed
    /// post is blocked; two are doubted (a relative's illness as personal data, a quoted party location).
    /// </summary>
    [Fact]
    public void Fresh17Rules7HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-rules7-heldout.jsonl")), "fresh17-rules7-heldout", 0.66, 0.47, 0.0, 0.0);

    /// <summary>
    /// 46 posts the lead wrote from the spec for the eleventh pass, before running the engine on them: quotes (reported
    /// speech of parents, colleagues, a pupil, an alderman, the team app; allowed: famous sayings, one's own words,
    /// permission), replies to parents and pupils (disputes taken up; allowed: redirects, practical answers, replies to
    /// the public), informal language and shouting on school accounts, and claims without a source. First pass (rules +
    /// model): 0.913 / – (no block expected) / 0.000; after the pass 0.957 (left: a factual "waarom" answered to a pupil,
    /// read as discussion, and a leader's opinion as capacity). It is a training file of the second opinion.
    /// </summary>
    [Fact]
    public void Fresh17LeadCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-lead.jsonl")), "fresh17-lead", 0.95, 0.0, 0.0, 0.0);

    /// <summary>
    /// 26 posts written with fresh17-lead in other words, committed with it and run once at the end of stop 30:
    /// 0.885 / – / 0.000 with the engine of 3839b9a, 0.923 / – / 0.000 after the pass and the retraining.
    /// </summary>
    [Fact]
    public void Fresh17LeadHeldOut2Corpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-lead-heldout2.jsonl")), "fresh17-lead-heldout2", 0.92, 0.0, 0.0, 0.0);

    /// <summary>
    /// 60 posts over all categories (29 allowed, 8 doubt, 23 block; personal, school and Konot accounts; replies and an
    /// image), written by the lead at the start of stop 30, before any of that stop's rule changes, and run once at the
    /// end: 0.900 / missed-block 0.087 (2/23) / false-block 0.000 with the engine of 3839b9a; 0.917 / 0.043 (1/23) /
    /// 0.000 with the merged eleventh pass and the retrained second opinion. Misses left, as classes: a nice-family remark
    /// with a "zou zonde zijn als" about a child's safety (allowed), a threat against a parent "dan zal hij merken wat er
    /// gebeurt" and an insult of a referee with "sukkel van een" (doubted, not blocked), a leader's worry about education
    /// on LinkedIn (capacity not seen), and "gewoon open" in a practical answer read as a dispute.
    /// </summary>
    [Fact]
    public void Fresh17LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh17-lead-heldout.jsonl")), "fresh17-lead-heldout", 0.91, 0.05, 0.0, 0.0);

}
