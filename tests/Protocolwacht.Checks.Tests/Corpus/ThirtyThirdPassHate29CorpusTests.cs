namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-third pass's held-out group-hate batch (helper hate29, issue 9). Its tuning batch (36 posts, 18 to block and
/// 18 allowed look-alikes) stays out of the corpus folder so the second-opinion model does not train on it; it scored 0.639 /
/// missed-block 0.500 (9/18) / false-block 0.000 (0/18) on the engine of 12db9c9b and 0.972 / 0.000 (0/18) / 0.000 (0/18)
/// after the pass (still wrong: "kinderen moeten niet zeuren over de groente", a doubt from the complaint line about
/// school people). Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead
/// adjusts them after retraining).
/// </summary>
public class ThirtyThirdPassHate29CorpusTests
{
    /// <summary>
    /// 36 posts written before any rule changed (a0bc8494, on 12db9c9b) in another voice than the tuning batch (lower case,
    /// chat spelling, emoji, longer posts) and with other groups and words: 18 to block (a group shut out of a role around
    /// children, a group's complaints dismissed, money and power held by a group, a group sent back to a chore, a vice in a
    /// group's genes, a disclaimer, an insinuating question) and 18 allowed look-alikes. The engine of 12db9c9b: 0.611 /
    /// missed-block 0.389 (7/18) / false-block 0.000 (0/18); after the pass 0.889 / 0.056 (1/18) / 0.000 (0/18). Run twice,
    /// at the start and at the end; its wrong posts were read only after the last run. The same author wrote both batches,
    /// so this is no independent measure. Still wrong: "meisjes … laat ze lekker de kantine poetsen" (allow: "meisjes" is no
    /// protected group, the chore line needs one), "X zitten overal op de poen" (doubt: "poen" left out of `money` because
    /// the morphology table gives it the form "po", primary education), a trainee's rule with "nog niet alleen voor de groep"
    /// (confidential doubt, a personnel hint), and counter-speech told as reported speech ("iemand riep … dat …"), a quote
    /// doubt that convention 9 supports, so its label "allow" is likely wrong.
    /// </summary>
    [Fact]
    public void Fresh39Hate29HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh39-hate29-heldout.jsonl")), "fresh39-hate29-heldout", 0.88, 0.06, 0.0, 0.0);
}
