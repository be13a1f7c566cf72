namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 50, written from the spec before any change of the stop (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtyFirstPassLeadCorpusTests
{
    /// <summary>
    /// 93 posts (41 allow, 16 doubt, 36 block). First pass on the engine of c5852e95 (stop 49's): 0.871 (81/93) / missed-block
    /// 0.139 (5/36) / false-block 0.024 (1/41). The lead's fixes of this stop were found through this batch, so it is no
    /// clean measure any more: at the end (after the merges and the retrain) 0.914 (85/93) / 0.056 (2/36) / 0.000 (0/41).
    /// </summary>
    [Fact]
    public void Fresh37LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-lead-heldout.jsonl")), "fresh37-lead-heldout", 0.91, 0.06, 0.0, 0.0);

    /// <summary>
    /// 61 posts in another voice (25 allow, 11 doubt, 25 block), measured only at the start and at the end of the stop and
    /// never read or tuned on in between: 0.836 (51/61) / 0.160 (4/25) / 0.040 (1/25) on c5852e95's engine, 0.836 (51/61) /
    /// 0.200 (5/25) / 0.040 (1/25) at the end: no post moved right, and the retrained model no longer doubts "Die
    /// stagiaire? Lief hoor, maar er brandt niet veel licht boven." (allowed now).
    /// </summary>
    [Fact]
    public void Fresh37Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-lead2-heldout.jsonl")), "fresh37-lead2-heldout", 0.83, 0.20, 0.04, 0.0);
}
