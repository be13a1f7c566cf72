namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the eighteenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class EighteenthPassLeadCorpusTests
{
    /// <summary>
    /// 66 posts over all categories written from the spec at the start of stop 37, before the engine saw them (25 allow,
    /// 14 doubt, 27 block; personal, school and Konot accounts, replies to a parent and a pupil, images, a logo, a
    /// teacher on another school's account, a medewerker on the Konot account). Written after the helpers' briefs, which
    /// name some of the same classes (threats to property, lying in wait), so not blind to them. Run on the engine of
    /// the stop's start (0994f22) at the start: 0.909 / missed-block 0.000 (0/27) / false-block 0.000 (0/25); four
    /// blockable posts only doubted (a scooter "niet meer heel", "ik weet waar die vader zijn auto parkeert … oppassen",
    /// Muslims with headscarves "straks is dit geen Nederlandse school meer", "ik sta morgen om acht uur bij je voor de
    /// deur"), a grandmother's birthday with "veel te veel koffie" doubted as a complaint, "Wie bedenkt dit toch elke
    /// keer?" passed. Run again at the end (both passes merged, retrained): 0.924 / 0.000 / 0.000; only "Wie bedenkt
    /// dit" moved (school14's resignation). Then a fix found through this batch's miss, so the last figure is no clean
    /// measure: rules14's lying in wait took any "om" for a purpose, against its own comment ("om … te …"), so "ik sta
    /// morgen om acht uur bij je voor de deur" was a visit; with "om" needing an infinitive after it: 0.939 / 0 / 0
    /// (no other verdict of the 5,902 corpus posts moved).
    /// </summary>
    [Fact]
    public void Fresh24LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh24-lead-heldout.jsonl")), "fresh24-lead-heldout", 0.93, 0.0, 0.0, 0.0);
}
