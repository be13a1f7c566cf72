namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The lead's batch of the fifteenth pass: written before any rule of the pass changed, to measure the whole stop
/// (both helpers' passes, the retrained second opinion) once at its end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FifteenthPassLeadCorpusTests
{
    /// <summary>
    /// 61 posts over all categories written from the spec at the start of stop 34, before the engine saw them and
    /// before the helpers' briefs were read again (24 allow, 12 doubt, 25 block; personal, school and Konot accounts,
    /// replies to a parent and a pupil, images, a logo, a teacher on Konot's and on another school's account). Run on
    /// the engine of the stop's start (60bcc1c) at the start: 0.902 / missed-block 0.080 (2/25) / false-block 0.000
    /// (0/24); run again at the end, merged with the retrained weights: the same verdicts, 0.902 / 0.080 / 0.000. Missed:
    /// slander of a councillor ("een leugenachtige oplichter die steelt van de gemeenschap") and a parent of a class
    /// called "een heks, een echte bemoeial"; doubted only: "ik weet je te vinden" to a parent; complaints without a
    /// grievance word (meetings while nobody asks how the team is, an old gym with "Wanneer gaat Konot eens
    /// investeren?", a weary count of reports) pass.
    /// </summary>
    [Fact]
    public void Fresh21LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh21-lead-heldout.jsonl")), "fresh21-lead-heldout", 0.90, 0.09, 0.0, 0.0);
}
