namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The fifteenth pass's hate batches (helper rules11): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FifteenthPassRules11CorpusTests
{
    /// <summary>
    /// 55 posts written for the fifteenth pass from the spec before any rule changed: 28 blockable (a weapon kept ready
    /// for someone without a word of meeting, threats at people named by informal or abusive nouns, a group told to
    /// kneel or be grateful "op hun (blote) knieën", a group denied pain, grief, shame or love, dehumanising, exclusion,
    /// generalisation) and 27 allowed look-alikes (bats and sticks ready for a match, a referee's bad call, a group
    /// adjective before food called nasty, neutral group mentions, counter-speech, news of a knife or an axe found,
    /// history lessons, hospitality and "wapens" as a joke, relatives' pain and disease, a charity, tools kept for a
    /// job). First pass (rules + model, 18221ae): 0.655 / missed-block 0.214 (6/28) / false-block 0.000 (0/27); nine more
    /// blockable posts were only doubted. The pass was built on its misses, so it is a regression set: 0.927 / 0.000
    /// (0/28) / 0.000 (0/27) after it (left: "die kwal" is no person word on purpose, a jellyfish; three allowed posts the
    /// second opinion doubts: a dish "te pittig", tea that "smaakt vies", shame at people who call a group animals).
    /// </summary>
    [Fact]
    public void Fresh21Rules11Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh21-rules11.jsonl")), "fresh21-rules11", 0.92, 0.0, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh21-rules11 in another voice and with other words (28 blockable, 26 allowed), committed
    /// before any rule changed and run once at the end: the engine before the pass (60bcc1c) 0.667 / missed-block 0.286
    /// (8/28) / false-block 0.115 (3/26), seven more blockable posts only doubted; after it 0.870 / 0.071 (2/28) / 0.115
    /// (3/26). The same author wrote both batches, so it is not an independent measure. Missed: a chain in a bag for
    /// "dat stuk vreten" ("ketting" is no weapon word, "stuk vreten" no person word), "Zwarten voelen minder pijn"
    /// ("minder" is no denial); doubted: "eeuwig dankbaar zijn en hun mond houden", a wish that refugees drown in their
    /// boats. Blocked wrongly, as before the pass: "Belgisch bier … vies" (the group judge reads the -isch adjective as a
    /// group: the thing rule knows only -e adjectives), "Het is walgelijk dat mensen Somaliërs met ongedierte
    /// vergelijken" (counter-speech by disgust), a history lesson that reports "minderwaardig" before the lesson is named.
    /// After stop 34's retraining (harmful-statement threshold 0.9 → 0.95) one more blockable post the model had doubted
    /// passes (f21r11h-005): 0.870 / 0.107 (3/28) / 0.115 (3/26). The sixteenth pass (rules12) used this batch for
    /// tuning (its misses were named in the brief as classes), so it is no longer held-out: 0.870 / 0.107 / 0.115 before
    /// that pass → 0.944 / 0.000 (0/28) / 0.038 (1/26) after it (the chain for "dat stuk vreten", "minder pijn", a drowning
    /// wished "zou mooi zijn als", the -isch beer and the disgust at a comparison now right); the floor follows.
    /// </summary>
    [Fact]
    public void Fresh21Rules11HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh21-rules11-heldout.jsonl")), "fresh21-rules11-heldout", 0.94, 0.0, 0.04, 0.0);
}
