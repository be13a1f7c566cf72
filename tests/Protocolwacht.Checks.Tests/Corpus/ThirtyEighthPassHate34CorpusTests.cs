namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-eighth pass's group-hate batch (helper hate34, issue 9): the held-out batch, written with the tuning batch
/// (`/work/notes/fresh44-hate34-tune.jsonl`, not committed: a non-held-out file here would become a training file of the
/// second opinion) before any rule changed. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyEighthPassHate34CorpusTests
{
    /// <summary>
    /// 36 posts in another voice than the tuning batch (lower case, chat spelling, emoji, longer posts) and with other groups
    /// and words: 18 to block (conspiracy and control claims, "omvolking", implicit threats with 1940, weapon emoji, blows
    /// and drowning, derogation asked as a question, told as a joke or "just saying") and 18 allowed look-alikes (a firm
    /// owning a paper, a community running its own mosque, counter-speech about a conspiracy, strings pulled at a musical,
    /// settling a bill, history, fire emoji for a party and a meal, a threat to a copier, an honest question, negated hate,
    /// a question about a visit home, not knowing an address, a country without its diaeresis, identities, developers who
    /// hold the council). Committed alone (3d396348) before any rule changed; run at the start and at the end, its wrong
    /// posts read only after the last run. First pass (the engine of 39bec36c): 0.694 / missed-block 0.389 (7/18) /
    /// false-block 0.056 (1/18). After the pass: 0.861 / 0.222 (4/18) / 0.056 (1/18). Still wrong: the media "in handen van
    /// de joden" (the passive order), a "lobby" that took over "het onderwijs" (neither a group word nor an institution of
    /// `power-domain`), a group "buying up all the houses", "op een dag krijgen die X wat ze verdienen" (the verb before the
    /// group), and the false block "geen idee waar die X precies wonen" (not knowing said as "geen idee").
    /// </summary>
    [Fact]
    public void Fresh44Hate34HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh44-hate34-heldout.jsonl")), "fresh44-hate34-heldout", 0.86, 0.23, 0.06, 0.0);
}
