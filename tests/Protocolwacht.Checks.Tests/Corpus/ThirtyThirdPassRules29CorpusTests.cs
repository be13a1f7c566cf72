namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-third pass's held-out batch (helper rules29). Its tuning batch (36 posts, 18 to stop and 18 look-alikes)
/// stays in the notes, out of the model's training files; the held-out batch's name keeps it out of them too. Floors as in
/// <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyThirdPassRules29CorpusTests
{
    /// <summary>
    /// 36 posts written from the spec and the brief's classes in another voice than the tuning batch (lower case, chat
    /// spelling, emoji, longer posts, other words and targets), committed before any rule changed (bed99438, on 12db9c9b),
    /// never tuned on: 18 to stop (a threat told as the body part someone goes home without or will have to pick up or count,
    /// a person compared to a dull thing, a curse with a digit, '@' or '*' for a vowel, people pulled or torn apart) and 18
    /// allowed look-alikes (a milk tooth, a sprained ankle, a torn ligament, a brace, a first-aid course, oneself called
    /// dull, a pizza, praise, a toastie recipe, an old chair, tuberculosis in history, Turing, a K4 table, groep 4,
    /// covid-19, Lego and cats taken apart, a cancer fund). First pass (rules + model, the engine of 12db9c9b): 0.750 /
    /// missed-block 0.333 (6/18) / false-block 0.000 (0/18); after the pass 0.778 / 0.278 (5/18) / 0.000 (0/18). Run twice:
    /// at the start and at the end; its wrong posts were read only after the last run. The same author wrote both batches,
    /// so this is no independent measure. Still wrong: kiezen fished "uit de goot" by a father-in-law (kin is no target of
    /// that line), "met een gebit in z'n broekzak naar huis", "de uitstraling van een uitgekauwde kauwgom", "net zo
    /// interessant als een lege bushalte", "zo pienter als een stoeptegel", "het charisma van een zak koude friet" (three
    /// words between), "t*fus" (a star for the y, only a-e-i-o-u are tried) and "vechtersbazen" torn apart (no class holds
    /// them).
    /// </summary>
    [Fact]
    public void Fresh39Rules29HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh39-rules29-heldout.jsonl")), "fresh39-rules29-heldout", 0.77, 0.28, 0.0, 0.0);
}
