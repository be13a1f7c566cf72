namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of stop 52, written from the spec before any change of the stop (floors as in
/// <see cref="DevCorpusTests"/>).
/// </summary>
public class ThirtyThirdPassLeadCorpusTests
{
    /// <summary>
    /// 48 posts (17 allow, 9 doubt, 22 block; every category but logo and informal language). First pass on the engine of
    /// 12db9c9b: 0.896 (43/48) / missed-block 0.045 (1/22) / false-block 0.000 (0/17). The lead's fixes of stop 52 were
    /// found through its five wrong posts (a binominal "dat varken van een vader", a children's countdown, "typisch" after a
    /// second group, a meeting after "op"), so it is no clean measure any more: 0.979 (47/48) / 0.000 / 0.000 at the end.
    /// Still wrong: "Sommige collega's denken dat vergaderen een hobby is" (allowed).
    /// </summary>
    [Fact]
    public void Fresh39LeadHeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh39-lead-heldout.jsonl")), "fresh39-lead-heldout", 0.97, 0.0, 0.0, 0.0);
}
