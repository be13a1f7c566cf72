namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirteenth pass's hate batches (helper rules9): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class ThirteenthPassRules9CorpusTests
{
    /// <summary>
    /// 56 posts written for the thirteenth pass from the spec before any rule changed: 28 blockable (a group's ability or
    /// worth doubted in a question, a group as a pack of animals, nationalities the class lacked, advice to withdraw a
    /// filing without "maar", "één telefoontje van mij en …", "ik ken mensen die …", lost self-control promised to
    /// someone, watching told as seen and left, "kloten-"/"kut-"/"tering-" compounds) and 28 allowed look-alikes (neutral
    /// questions and mentions of groups and nationalities, counter-speech, news of violence, idioms of self-control about
    /// cake, a history lesson, a disease someone died of, charities, a missed bus before the dentist, a helpful phone
    /// call, wolves and swarms of animals, a friendly sighting, sincere advice, place names). First pass (rules +
    /// model): 0.518 / missed-block 0.643 (18/28) / false-block 0.071 (2/28). The pass was built on its misses, so it is
    /// a regression set: 0.964 / 0.036 (1/28) / 0.000 (0/28) after it (left: "Ieren zijn allemaal zuipschuiten": "ier" was
    /// taken out of the nationalities again, since it is the last part of bankier, winkelier and hovenier; a friendly
    /// sighting of a daughter doubted by the model).
    /// </summary>
    [Fact]
    public void Fresh19Rules9Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh19-rules9.jsonl")), "fresh19-rules9", 0.96, 0.04, 0.0, 0.0);

    /// <summary>
    /// 53 posts written with fresh19-rules9 in another voice and with other words (27 blockable, 26 allowed), committed
    /// before any rule changed and run once at the end: the engine before the pass (7dcd4c4) 0.547 / missed-block 0.667
    /// (18/27) / false-block 0.038 (1/26); after it 0.906 / 0.037 (1/27) / 0.038 (1/26). The same author wrote both
    /// batches, so the held-out words were known while the classes were written (the self-control line reads
    /// "weet|weten ~2 niet", which covers the held-out "weet ik echt niet"); no held-out word was added to a class.
    /// Missed: "Verstandiger om je bezwaar in te trekken" (not read; the cause was not looked for after the run);
    /// "Japanners zijn gevoelloze robots", a model doubt. Allowed but stopped, as before the pass: a history lesson on
    /// propaganda that called Poles "Untermenschen" (blocked), a counter-speech quote (quote doubt), a friendly sighting
    /// with "Wat een talent" (a model doubt).
    /// </summary>
    [Fact]
    public void Fresh19Rules9HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh19-rules9-heldout.jsonl")), "fresh19-rules9-heldout", 0.90, 0.04, 0.04, 0.0);
}
