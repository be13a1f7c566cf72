namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-sixth pass's held-out group-hate batch (helper hate32, issue 9). Its tuning batch (36 posts, 18 to block and
/// 18 allowed look-alikes, `/work/notes/fresh42-hate32-tune.jsonl`) stays out of the corpus folder so the second-opinion
/// model does not train on it; it scored 0.667 / missed-block 0.278 (5/18) / false-block 0.111 (2/18) on the engine of
/// 6b3f5adc and 0.972 / 0.056 (1/18) / 0.000 (0/18) after the pass. Floors as in <see cref="DevCorpusTests"/>, for the rules
/// and the shipped model of this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtySixthPassHate32CorpusTests
{
    /// <summary>
    /// 36 posts written before any rule changed (86aabcea, on 6b3f5adc) in another voice than the tuning batch (lower case,
    /// chat spelling, emoji, longer posts) and with other groups and words: 20 to block (threats told as what "we" will do
    /// or as a warning, knowing where a group meets, the end of a group announced, hate as a question, an opinion or a wish,
    /// a group word with 🐒 🤮 🐀, misogyny, disability and age, "nie", "moete", "m0k1's", "j00d3n", capitals) and 16
    /// allowed look-alikes (the same words about things, praise, identity, history lessons, friendly emoji). The engine of
    /// 6b3f5adc: 0.750 (27/36) / missed-block 0.200 (4/20) / false-block 0.125 (2/16); after the pass 0.833 (30/36) / 0.150
    /// (3/20) / 0.125 (2/16). Run twice, at the start and at the end; its wrong posts were read only after the last run (the
    /// before/after comparison of step 4 showed three that had turned). The same author wrote both batches, so this is no
    /// independent measure. Still wrong: "die afghanen moete maar goed oppasse …" (a doubt: "oppasse" with its n dropped is
    /// not the warning verb), "wacht maar tot we die nichten een keer alleen tegenkomen" (meeting a group alone is no
    /// pattern), "had hitler de zigeuners maar allemaal meegenomen" (a wish about a historical murderer), "da soort mensn
    /// hoort hier nie, die m0k1's moete weg" ("m0k1's" is no word the classes know), and two false blocks: "dagje dierentuin
    /// met groep 4 🐒🐒 wat hebben ze gelachen" (the monkey emoji beside "ze") and "onze leerlingen met een spastische
    /// verlamming …" ("spastisch" is a slur in the classes, not the medical word).
    /// </summary>
    [Fact]
    public void Fresh42Hate32HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh42-hate32-heldout.jsonl")), "fresh42-hate32-heldout", 0.83, 0.15, 0.13, 0.0);
}
