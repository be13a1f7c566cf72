namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-seventh pass's group-hate batch (helper hate33, issue 9): the held-out batch, written with the tuning batch
/// (`/work/notes/fresh43-hate33-tune.jsonl`, not committed: a non-held-out file here would become a training file of the
/// second opinion) before any rule changed. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtySeventhPassHate33CorpusTests
{
    /// <summary>
    /// 36 posts in another voice than the tuning batch (lower case, chat spelling, emoji, longer posts) and with other groups
    /// and words: 18 to block (a group word or an evaluation misspelt, with digits or dots; a group named by an adjective and
    /// "mensen/lui/types"; a persecution praised; dehumanising comparisons and a woman sent to the kitchen; a chat-spelt
    /// warning) and 18 allowed look-alikes (a zoo trip with monkey emoji, a spastic paralysis as a medical fact, not knowing
    /// where a bakery is, a negated fear, an identity, news, counter-speech, an honest question, a threat to a copier, rabbits
    /// that breed, a misspelt verb and a misspelt country one letter from a slur). Committed alone (3c6454f7) before any rule
    /// changed; run at the start and at the end, its wrong posts read only after the last run. First pass (the engine of
    /// d49c76c6): 0.750 / missed-block 0.111 (2/18) / false-block 0.222 (4/18). After the pass: 0.861 / 0.111 (2/18) / 0.056
    /// (1/18). Still wrong: "gehandicapte mensen zijn een last voor de maatschappij, zonde van al dat geld" (a burden said with
    /// "een last voor" and the cost after a comma), "homofiele types moeten gewoon uit de buurt van kinderen blijven" (doubt:
    /// keeping a group away from children), "de nazi's hadden gelijk over die zigeuners, hadden ze het maar afgemaakt" (the
    /// wish's object is "het", the group is in the clause before), counter-speech quoting "die syriërs zijn ratten" (doubt),
    /// and the false block "mongolie was prachtig" (a country misspelt one letter from the slur "mongool"; the dictionary
    /// knows "Mongolië" only with its diaeresis).
    /// </summary>
    [Fact]
    public void Fresh43Hate33HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh43-hate33-heldout.jsonl")), "fresh43-hate33-heldout", 0.86, 0.12, 0.06, 0.0);
}
