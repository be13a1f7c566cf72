namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 49, written from the spec before any change of the stop (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtiethPassLeadCorpusTests
{
    /// <summary>
    /// 94 posts (40 allow, 16 doubt, 38 block). First pass on the engine of 3743fe55 (stop 48's): 0.819 (77/94) / missed-block
    /// 0.184 (7/38) / false-block 0.025 (1/40). The lead's fixes of this stop were found through this batch, so it is no
    /// clean measure any more: at the end 0.926 (87/94) / 0.026 (1/38) / 0.025 (1/40).
    /// </summary>
    [Fact]
    public void Fresh36LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-lead-heldout.jsonl")), "fresh36-lead-heldout", 0.92, 0.03, 0.03, 0.0);

    /// <summary>
    /// 60 posts in another voice (23 allow, 10 doubt, 27 block), measured only at the start and at the end of the stop and
    /// never read or tuned on in between: 0.867 (52/60) / 0.222 (6/27) / 0.000 on 3743fe55's engine, 0.883 (53/60) /
    /// 0.222 (6/27) / 0.000 at the end. One post moved right (a teamleader's empathy "van een parkeermeter", blocked) and a
    /// threat ("op zijn nummer zetten … Hij zal niet weten wat hem overkomt") moved from doubt to allow.
    /// </summary>
    [Fact]
    public void Fresh36Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-lead2-heldout.jsonl")), "fresh36-lead2-heldout", 0.88, 0.23, 0.0, 0.0);
}
