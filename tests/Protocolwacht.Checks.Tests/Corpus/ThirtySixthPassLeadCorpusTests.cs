namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 55, written from the spec before they were run (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtySixthPassLeadCorpusTests
{
    /// <summary>
    /// 48 posts (18 allow, 12 doubt, 18 block), committed (0ba6a689) before any rule change. First pass on the engine of
    /// 6b3f5adc: 0.917 (44/48) / missed-block 0.056 (1/18) / false-block 0.000 (0/18), lowest F1 0.667 (discussion). The
    /// lead's fixes of stop 55 were found through its wrong posts (regret promised to "hij" after "die gast", news that
    /// "nog niet naar buiten mag" with the verb last, a hospital stay "sinds maandag" read as a threat, a leader calling the
    /// board names), so it is no clean measure any more: 0.958 (46/48) / 0.000 / 0.000 after them. Still wrong: a factual
    /// answer to a parent's "klopt dat?" (discussion; dev2 labels a corrected rumour as discussion, so the label is in
    /// doubt) and a pupil with consent named beside a photo of her (the second opinion doubts it as personal data).
    /// </summary>
    [Fact]
    public void Fresh42LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh42-lead-heldout.jsonl")), "fresh42-lead-heldout", 0.95, 0.0, 0.0, 0.0);

    /// <summary>
    /// 40 posts in another voice (15 allow, 12 doubt, 13 block; long LinkedIn posts, replies to parents, pupils and the
    /// public, chat spelling, emoji, attachments), written after the lead's first fixes and committed (42ad5679) before it
    /// was run; its wrong posts were not read, so it is this stop's clean measure: 0.925 (37/40) / missed-block 0.077
    /// (1/13) / false-block 0.000 (0/15) on the engine of 6b3f5adc, on the lead's fixes and on the merge alike.
    /// </summary>
    [Fact]
    public void Fresh42Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh42-lead2-heldout.jsonl")), "fresh42-lead2-heldout", 0.92, 0.08, 0.0, 0.0);
}
