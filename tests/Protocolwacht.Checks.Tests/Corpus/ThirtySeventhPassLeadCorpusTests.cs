namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 56, written from the spec before they were run (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtySeventhPassLeadCorpusTests
{
    /// <summary>
    /// 50 posts (18 allow, 14 doubt, 18 block), committed (e0cf99b6) before any rule change. First pass on the engine of
    /// d49c76c6: 0.920 (46/50) / missed-block 0.111 (2/18) / false-block 0.000 (0/18), lowest F1 0.500 (confidential). The
    /// lead's fixes of stop 56 were found through its wrong posts (an order to leave after the group's sentence, a spoiler of
    /// staff news told later, a decision on a change still to fall), so it is no clean measure any more: 0.980 (49/50) /
    /// 0.000 / 0.000 after the merge. Still wrong: a neighbour's car known and its tyres promised flat ("Volgende keer zit er
    /// geen lucht meer in zijn banden") is only the second opinion's doubt.
    /// </summary>
    [Fact]
    public void Fresh43LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh43-lead-heldout.jsonl")), "fresh43-lead-heldout", 0.97, 0.0, 0.0, 0.0);

    /// <summary>
    /// 38 posts in another voice (14 allow, 11 doubt, 13 block; long LinkedIn posts, replies to parents, pupils and the
    /// public, chat spelling, emoji, attachments), written before any rule change and committed (448ca32b) before it was
    /// run; its wrong posts were not read, so it is this stop's clean measure: 0.868 (33/38) / missed-block 0.231 (3/13) /
    /// false-block 0.000 (0/14) on the engine of d49c76c6, on the lead's fixes and on the merge alike.
    /// </summary>
    [Fact]
    public void Fresh43Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh43-lead2-heldout.jsonl")), "fresh43-lead2-heldout", 0.86, 0.24, 0.0, 0.0);
}
