namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirtieth pass's group-hate batches (helper hate26, issue 9): the tuning batch, written before the engine saw it, and
/// its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtiethPassHate26CorpusTests
{
    /// <summary>
    /// 56 posts written for the thirtieth pass from the spec and the brief's classes before any rule changed (2271f921, on
    /// 3743fe55): 28 to block (conspiracy and control said of a group, a group declared confused by nature, removal orders,
    /// bans asked in the first person, slurs in the diminutive, verbless slogans, a group's house by a compound, derogation,
    /// dehumanisation, a threat, a question, a misspelt group, a pronoun pointing back) and 28 allowed look-alikes (hands full,
    /// a bank's mortgage, a caretaker "zit overal achter", confusion with a cause, rubbish thrown out, a bus back from a trip,
    /// bans of phones, closing with a reason, a careful diminutive in a story, Marrakech, a report of a go-back insult,
    /// counter-speech, praise). First pass (rules + model, the engine of 3743fe55): 0.554 / missed-block 0.429 (12/28) /
    /// false-block 0.107 (3/28). After the pass: 0.929 / 0.071 (2/28) / 0.000 (0/28). Still wrong: "Opgeruimd moeten ze
    /// worden, die zigeuners" and a threat to come "met z'n allen voor hun deur" (doubted by the model), "moskeetorens …
    /// tegen de grond" and "buren uit Syrië? Die horen hier niet" (a country after "uit" names no group).
    /// </summary>
    [Fact]
    public void Fresh36Hate26Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-hate26.jsonl")), "fresh36-hate26", 0.92, 0.08, 0.0, 0.0);

    /// <summary>
    /// 56 posts written with fresh36-hate26 in another voice and with other words (28 to block, 28 allowed), committed with it
    /// before any rule changed (2271f921), never tuned on: the engine of 3743fe55 0.536 / missed-block 0.536 (15/28) /
    /// false-block 0.143 (4/28); after the pass 0.768 / 0.321 (9/28) / 0.036 (1/28). Run twice: at the start and at the end;
    /// its wrong posts were read only after the last run. The same author wrote both batches, so this is no independent
    /// measure. Still wrong: "zitten achter alles", "in hun macht" with "de kranten en de tv", "de hele bouw in handen",
    /// "trekken aan de touwtjes" without "overal", "transmannen" (no group word), "biseksueel bestaat niet, dat is een fase",
    /// "moeten gewoon opgeruimd worden" (doubted), "moskeekoepels moeten plat", a group after "uit" + a country or
    /// "joodse mensen?" before a pronoun in the next clause; "wie gelooft dat moslims de media in handen hebben, trapt in
    /// een eeuwenoud complot" is blocked by the new conspiracy line (counter-speech by "wie gelooft … complot" not read),
    /// and a denial in a lesson and a reported go-back insult are doubted (the model; a quote).
    /// </summary>
    [Fact]
    public void Fresh36Hate26HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-hate26-heldout.jsonl")), "fresh36-hate26-heldout", 0.76, 0.33, 0.04, 0.0);
}
