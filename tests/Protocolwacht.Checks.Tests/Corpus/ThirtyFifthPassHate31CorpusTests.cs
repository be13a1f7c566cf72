namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-fifth pass's held-out group-hate batch (helper hate31, issue 9). Its tuning batch (36 posts, 20 to block and
/// 16 allowed look-alikes after three labels were corrected from the spec, `/work/notes/fresh41-hate31-tune.jsonl`) stays
/// out of the corpus folder so the second-opinion model does not train on it; it scored 0.917 / missed-block 0.050 (1/20) /
/// false-block 0.000 (0/16) on the engine of b68cf39c and 1.000 / 0.000 / 0.000 after the pass. Floors as in
/// <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFifthPassHate31CorpusTests
{
    /// <summary>
    /// 36 posts written before any rule changed (e8107e5f, on b68cf39c) in another voice than the tuning batch (lower case,
    /// chat spelling, emoji, longer posts) and with other groups and words: 18 to block (a group named once and the hate said
    /// of "ze/die", a burden or problem, a curse joined to a group word, digits, dots and '@' inside group words, a virus,
    /// borders closed, "geen X meer in onze wijk", "geen mensen maar beesten", a right withheld, "ik heb niks tegen …
    /// maar", "niet alle … alleen de meeste", "niet lui, gewoon parasieten") and 18 allowed look-alikes (praise, identity,
    /// neutral facts, counter-speech, negated hate, hate about things). Three labels were corrected from the spec before
    /// the first run was read (0e0cfca1: a written-out swear word is profanity, so "die kanker verkeersdrempels" is a block
    /// and the two curses joined to a group are profanity as well). The engine of b68cf39c: 0.806 (29/36) / missed-block
    /// 0.105 (2/19) / false-block 0.059 (1/17); after the pass 0.889 (32/36) / 0.053 (1/19) / 0.059 (1/17). Run twice,
    /// at the start and at the end; its wrong posts were read only after the last run (the before/after comparison of step
    /// 4 showed that "niet alle … alleen de meeste" and "die j@den" had turned). The same author wrote both batches, so this
    /// is no independent measure. Still wrong: "m0k1's moeten allemaal het land uit" (allow: the disguise is of no word the
    /// classes know), "surinamers? die moet je hier nie hebben" (a doubt of the second opinion: "nie" is no negation), "zie
    /// je die hoofddoekjes bij de ah? allemaal zo vriendelijk, stuk voor stuk" (praise, a doubt of the second opinion on
    /// "zo, die, je") and "ik vind marokkanen niet eng hoor, totaal niet" (a negated fear, blocked by the group judge on
    /// "marokkanen niet eng hoor", as before the pass).
    /// </summary>
    [Fact]
    public void Fresh41Hate31HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh41-hate31-heldout.jsonl")), "fresh41-hate31-heldout", 0.88, 0.06, 0.06, 0.0);
}
