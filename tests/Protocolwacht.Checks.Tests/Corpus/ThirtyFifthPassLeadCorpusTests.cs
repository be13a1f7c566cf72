namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 54, written from the spec before they were run (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtyFifthPassLeadCorpusTests
{
    /// <summary>
    /// 48 posts (18 allow, 10 doubt, 20 block). First pass on the engine of b68cf39c: 0.917 (44/48) / missed-block 0.100
    /// (2/20) / false-block 0.056 (1/18), lowest F1 0.800 (confidential, copyright). The lead's fixes of stop 54 were found
    /// through its wrong posts (a pet's breed named by a group adjective and then called "prachtig beest", a leader's
    /// "Mijn persoonlijke mening: …", a whole method put on a usb-stick), so it is no clean measure any more: 0.979
    /// (47/48) / 0.050 (1/20) / 0.000 after them. Still wrong: a boy from the author's class in a women's shelter
    /// (personal-data, left to school31's pass on one child pointed out without a name).
    /// </summary>
    [Fact]
    public void Fresh41LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh41-lead-heldout.jsonl")), "fresh41-lead-heldout", 0.97, 0.05, 0.0, 0.0);

    /// <summary>
    /// 40 posts in another voice (15 allow, 8 doubt, 17 block; replies to parents, pupils and the public, chat spelling,
    /// emoji, attachments), written after the lead's fixes and committed (02a787f1) before it was run; its wrong posts
    /// were not read, so it is this stop's clean measure: 0.850 (34/40) / missed-block 0.176 (3/17) / false-block 0.000
    /// (0/15) on the engine of b68cf39c and on the lead's fixes alike.
    /// </summary>
    [Fact]
    public void Fresh41Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh41-lead2-heldout.jsonl")), "fresh41-lead2-heldout", 0.85, 0.18, 0.0, 0.0);
}
