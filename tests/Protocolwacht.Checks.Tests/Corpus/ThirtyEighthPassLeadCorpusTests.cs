namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 57, written from the spec before they were run (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtyEighthPassLeadCorpusTests
{
    /// <summary>
    /// 50 posts (18 allow, 14 doubt, 18 block), committed (a0baf4b1) before any rule change. First pass on the engine of
    /// 39bec36c (stop 56's end): 0.980 (49/50) / missed-block 0.000 (0/18) / false-block 0.000 (0/18). Its one wrong post, a
    /// reply holding the school's own choice against a parent's "waarom" ("Dat is een bewuste keuze van het team: …"), led to
    /// the lead's first fix of stop 57, so it is no clean measure any more: 1.000 after it.
    /// </summary>
    [Fact]
    public void Fresh44LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh44-lead-heldout.jsonl")), "fresh44-lead-heldout", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 38 posts in another voice (14 allow, 11 doubt, 13 block; long LinkedIn posts, replies to parents, pupils and the
    /// public, chat spelling, emoji, attachments), written before any rule change and committed (0467fba2) before it was
    /// run; its wrong posts were not read, so it is this stop's clean measure: 0.947 (36/38) / missed-block 0.000 (0/13) /
    /// false-block 0.000 (0/14) on the engine of 39bec36c.
    /// </summary>
    [Fact]
    public void Fresh44Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh44-lead2-heldout.jsonl")), "fresh44-lead2-heldout", 0.94, 0.0, 0.0, 0.0);
}
