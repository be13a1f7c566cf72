namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirtieth pass's threat, insult, quote and copyright batches (helper rules26): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtiethPassRules26CorpusTests
{
    /// <summary>
    /// 57 posts written for the thirtieth pass from the spec and the brief's classes before any rule changed (40f96a1d, on
    /// 3743fe55): 29 threats and insults to stop (a victim who will not leave on foot, on one's own legs or unhurt; a weapon
    /// ready after a grudge; a faculty of a dull thing or an animal, a dull comparison, a walking object of ridicule;
    /// darkness, following, "hoe laat het is", "ervan lusten", a grudge not forgotten, a sling, a bunch of labels), 2 whole
    /// year's issues copied, 1 quote credited to a colleague after its frame, a pupil's accident (personal data) and 24
    /// allowed look-alikes. First pass (rules + model, the engine of 3743fe55): 0.579 / missed-block 0.438 (14/32) /
    /// false-block 0.042 (1/24). After the pass: 0.982 / 0.000 (0/32) / 0.042 (1/24). Still wrong: "het geheugen van een
    /// olifant" (praise) is blocked by InsultJudge, as on 3743fe55.
    /// </summary>
    [Fact]
    public void Fresh36Rules26Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-rules26.jsonl")), "fresh36-rules26", 0.98, 0.0, 0.05, 0.0);

    /// <summary>
    /// 55 posts written with fresh36-rules26 in another voice and with other words (26 to stop, 2 quotes, 2 copied years,
    /// a pupil's accident and 24 allowed), committed with it before any rule changed (40f96a1d), never tuned on: the engine
    /// of 3743fe55 0.564 / missed-block 0.517 (15/29) / false-block 0.042 (1/24); after the pass 0.673 / 0.414 (12/29) /
    /// 0.042 (1/24). Run twice: at the start and at the end; its wrong posts were read only after the last run. The same
    /// author wrote both batches, so this is no independent measure; its words (wegdragen, "op handen en voeten",
    /// achterna, brace, vaatdoek, stoeptegel, strijkplank, gummetje, belastingformulier, bierfles, opwindend, "voor gek
    /// gezet") were kept out of the classes on purpose. Still wrong: leaving carried away or on hands and feet, the
    /// ambulance and the emergency room as where someone "verlaat"/"terechtkomt", a birthday in a hospital bed; "iets van
    /// ijzer … een koevoet" (readiness by "speciaal voor jou"); faculties and dull things by the words above; "daar hoort
    /// geen mens je"; "achterna gereden"; "voor gek gezet en op video gezet … dat vergeet ik nooit"; "draagt hij de rest
    /// van de maand een mitella" (more than six words between); and the older false block of Annie M.G. Schmidt's
    /// "slingers ophangen" read as a hanging.
    /// </summary>
    [Fact]
    public void Fresh36Rules26HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh36-rules26-heldout.jsonl")), "fresh36-rules26-heldout", 0.67, 0.42, 0.05, 0.0);
}
