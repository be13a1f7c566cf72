namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's two batches of stop 53, written from the spec before they were run (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtyFourthPassLeadCorpusTests
{
    /// <summary>
    /// 48 posts (18 allow, 8 doubt, 22 block). First pass on the engine of a68babe5: 0.917 (44/48) / missed-block 0.045
    /// (1/22) / false-block 0.000 (0/18), lowest F1 0.884 (capacity advice). The lead's fixes of stop 53 were found through
    /// its four wrong posts (damage after a misdeed done once more, "weet ik hem na afloop wel te vinden", an animal for a
    /// colleague by their unit, a method of the board that "werkt voor geen meter"), so it is no clean measure any more:
    /// 1.000 (48/48) at the end of the stop's merge.
    /// </summary>
    [Fact]
    public void Fresh40LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh40-lead-heldout.jsonl")), "fresh40-lead-heldout", 0.97, 0.0, 0.0, 0.0);

    /// <summary>
    /// 41 posts in another voice (15 allow, 7 doubt, 19 block; replies to parents and a pupil, chat spelling, emoji,
    /// attachments), written after the lead's fixes and never tuned on: its wrong posts were not read. 0.878 (36/41) /
    /// missed-block 0.000 (0/19) / false-block 0.000 (0/15) on the engine of a68babe5, on the lead's fixes and on the
    /// stop's merge alike.
    /// </summary>
    [Fact]
    public void Fresh40Lead2HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh40-lead2-heldout.jsonl")), "fresh40-lead2-heldout", 0.87, 0.0, 0.0, 0.0);
}
