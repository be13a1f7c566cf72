namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 48, written from the spec before any change of the stop (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class TwentyNinthPassLeadCorpusTests
{
    /// <summary>
    /// 90 posts (37 allow, 16 doubt, 37 block). First pass on the engine of f8aa0ed2: 0.856 / missed-block 0.135 (5/37) /
    /// false-block 0.000. After the six helpers' merges, before the retrain and the lead's fixes: the same 77 posts right.
    /// At the end (the lead's fixes were found through this batch, so it is no clean measure any more): 0.922 / 0.081
    /// (3/37) / 0.000.
    /// </summary>
    [Fact]
    public void Fresh35LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-lead-heldout.jsonl")), "fresh35-lead-heldout", 0.92, 0.09, 0.0, 0.0);

    /// <summary>
    /// 58 posts in another voice (24 allow, 9 doubt, 25 block), measured only at the start and at the end of the stop and
    /// never read or tuned on in between: 0.828 / 0.160 (4/25) / 0.000 on f8aa0ed2's engine, 0.828 / 0.120 (3/25) /
    /// 0.000 at the end (one threat with a baseball bat moved from allow to doubt). The stop's work did not reach these
    /// posts.
    /// </summary>
    [Fact]
    public void Fresh35Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-lead2-heldout.jsonl")), "fresh35-lead2-heldout", 0.82, 0.13, 0.0, 0.0);
}
