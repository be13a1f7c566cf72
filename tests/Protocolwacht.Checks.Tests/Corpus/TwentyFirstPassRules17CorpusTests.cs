namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-first pass's hate batches (helper rules17): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class TwentyFirstPassRules17CorpusTests
{
    /// <summary>
    /// 58 posts written for the twenty-first pass from the spec and the brief's classes before any rule changed (43cdd67,
    /// on 13b0d75): 34 blockable (a threat told by its result on the body: "in het gips", "met een blauw oog", "op de
    /// eerste hulp"; a vehicle driven at someone without a damage word; another's house or caravan not enjoyed much longer
    /// or looking different, inverted and with "en niet zo'n beetje ook"; "z'n"/"zn" in threats; knowing where someone
    /// trains, parks or works with a warning about their things; a group put in a camp, on a boat, behind barbed wire or
    /// locked up; role nouns of tyranny and crime said of a director, a teacher or the board; a dehumanising noun before
    /// "zijn het") and 24 allowed look-alikes (news of an injury, driving somewhere, renewed things, praise with the
    /// intensifier, "z'n" in news, care for one's things, school camps, history lessons, counter-speech, dictators in
    /// history, criminals in the news, pets and animals named before "zijn het"). First pass (rules + model, the engine of
    /// 13b0d75): 0.603 / missed-block 0.441 (15/34) / false-block 0.000 (0/24). The pass was built on its misses: 0.948 /
    /// 0.000 / 0.000 after it. Two blockable posts stay doubted: "Die despoot op het bestuursbureau beslist …" (a
    /// demonstrative before the noun is not read as said of someone) and "Het is een stelletje criminelen daar bij Konot"
    /// (the subject "het" is not read as a target); one allowed post stays doubted by the complaint judge ("de criminelen
    /// … bij onze school hebben ingebroken").
    /// </summary>
    [Fact]
    public void Fresh27Rules17Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh27-rules17.jsonl")), "fresh27-rules17", 0.94, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh27-rules17 in another voice and with other words (31 blockable, 24 allowed), committed
    /// with it before any rule changed (43cdd67), never tuned on: the engine of 13b0d75 0.618 / missed-block 0.452 (14/31)
    /// / false-block 0.083 (2/24); after the pass 0.727 / 0.290 (9/31) / 0.125 (3/24). It was run four times: at the start,
    /// twice in the middle (0.709 / 0.323 / 0.125, then 0.727 / 0.290 / 0.125) and at the end. After the third run its
    /// wrong posts were read: the new false block below led to one general guard (a group adjective before a thing is no
    /// people), which does not change it; no other change was made for its posts. The same author wrote both batches, so this is no independent measure, and it shows the patterns
    /// generalise less than the tuning batch says: still passed are results on the body after "nog 1x … en" and "reken
    /// maar dat" (neither read as a condition or an assurance), "lang gaat hij er niet meer van genieten" about a car by its
    /// brand, a "tuinhuisje" and a "klaslokaal" that will look different (not `property`), "geniet er nog maar even van",
    /// "ik trek z'n haren eruit" (pulling is no verb of hitting), "let maar goed op je brommer" after a question about
    /// where someone works, and "hij moet maar hopen dat er niks mee gebeurt". A new false block comes from the pattern
    /// of the predicate first: "Wat die zwarte vlekjes … waren? Lieveheersbeestjes zijn het" ("zwart" is a group word
    /// and "-beest" a dehumanising part). The two others are older: "Ik weet waar je traint, zal ik je … komen
    /// aanmoedigen?" and "Oplichters bellen ouderen op …".
    /// </summary>
    [Fact]
    public void Fresh27Rules17HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh27-rules17-heldout.jsonl")), "fresh27-rules17-heldout", 0.72, 0.30, 0.13, 0.0);
}
