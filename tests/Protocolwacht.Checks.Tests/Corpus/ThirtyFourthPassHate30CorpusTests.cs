namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-fourth pass's held-out group-hate batch (helper hate30, issue 9). Its tuning batch (36 posts, 18 to block and
/// 18 allowed look-alikes, `/work/notes/fresh40-hate30-tune.jsonl`) stays out of the corpus folder so the second-opinion model
/// does not train on it; it scored 0.917 / missed-block 0.111 (2/18) / false-block 0.000 (0/18) on the engine of a68babe5
/// and 0.972 / 0.000 (0/18) / 0.000 (0/18) after the pass (still wrong: "Transvrouwen zijn echte vrouwen en verdienen
/// respect", a doubt of the second-opinion model). Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped
/// model of this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFourthPassHate30CorpusTests
{
    /// <summary>
    /// 36 posts written before any rule changed (e582e78c, on a68babe5) in another voice than the tuning batch (lower case,
    /// chat spelling, emoji, longer posts) and with other groups and words: 18 to block (a plain negative attribute with degree
    /// words and "die X ook altijd", a comparison with vermin or wild animals, "geen volwaardige mensen", a beating, burning
    /// and a bullet, an opinion, an insinuating question, a pronoun in the next sentence, letters spaced apart, a stretched
    /// "haaat" with leetspeak, a curse before a group) and 18 allowed look-alikes (praise, neutral facts, a negated
    /// derogation, cockroaches and seagulls, counter-speech, history, criticism of a municipality, a curse word as the
    /// disease, a stretched word about traffic). The engine of a68babe5: 0.889 / missed-block 0.111 (2/18) / false-block
    /// 0.000 (0/18); after the pass 0.944 / 0.000 (0/18) / 0.000 (0/18). Run twice, at the start and at the end; its wrong
    /// posts were read only after the last run (the before/after comparison of step 4 showed that the two missed blocks,
    /// "zouden moeten branden" and "ik haaat", had turned). The same author wrote both batches, so this is no independent
    /// measure. Still wrong, both doubts on allowed posts: an invitation to neighbours for a barbecue ("ik ga die X eens
    /// uitnodigen", the second-opinion model on "eens, die, ik") and "volgens mij krijgen gehandicapten veel te weinig
    /// ondersteuning van de gemeente" (the complaint line on "te weinig ondersteuning", criticism of local policy).
    /// </summary>
    [Fact]
    public void Fresh40Hate30HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh40-hate30-heldout.jsonl")), "fresh40-hate30-heldout", 0.94, 0.0, 0.0, 0.0);
}
