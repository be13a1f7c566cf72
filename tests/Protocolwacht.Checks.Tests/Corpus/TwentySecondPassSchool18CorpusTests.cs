namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-second pass's school batches (helper school18): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the model shipped on this branch.
/// </summary>
public class TwentySecondPassSchool18CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-second pass from the spec and the brief's classes before any rule changed (3c76b67,
    /// on fb86c9f): 32 to stop (weariness about a wait or a failing facility told by how long it lasted, water and cold
    /// inside, a decision "eenzijdig", "zonder overleg", "over ons hoofd heen"; a teacher despairing of their own class; a
    /// named pupil kept from a school trip, gym, playtime or camp without a misdeed word; an untitled teaching method
    /// recorded whole; replies that correct a parent; a director's opinion) and 23 allowed look-alikes (news of a wait that
    /// ended, maintenance, rain, praise of one's class, everyone kept in, a pupil allowed to go, adults "bij de directeur",
    /// the pupils' own podcast, practical answers). First pass (the engine of fb86c9f): 0.545 / missed-block 0.444 (4/9) /
    /// false-block 0.000 (0/23). After the pass: 0.927 / 0.111 (1/9) / 0.000. Still wrong: water "alweer op de vloer" in
    /// the "kleuterklas" (`indoor` is no compound head), "niet vooruit te branden" (no rule reads the idiom), "haar lunch bij
    /// de juf opeten in plaats van met de klas" (a measure told by what the pupil does instead: passes), and an allowed
    /// "Liam mag … als eerste kiezen bij de gymles" that the shipped model now doubts (the new classes change its features;
    /// the lead retrains).
    /// </summary>
    [Fact]
    public void Fresh28School18Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh28-school18.jsonl")), "fresh28-school18", 0.92, 0.12, 0.0, 0.0);

    /// <summary>
    /// 53 posts written with fresh28-school18 in another voice and with other words (30 to stop, 23 allowed), committed with
    /// it before any rule changed (3c76b67), never tuned on: the engine of fb86c9f 0.509 / missed-block 0.750 (6/8) /
    /// false-block 0.000 (0/23); after the pass 0.698 / 0.500 (4/8) / 0.000. Run four times (start, middle, end, and after a fix
    /// older pattern tests asked for); its wrong posts were read after the third run and nothing was changed for them. Still passed: a wait told as "twaalf maanden later … nog altijd geen
    /// besluit" (no "al", "na" or "sinds"), a leak told by "de dakgoot … nog steeds niet gemaakt" (gutter is no facility),
    /// 17 degrees (not cold enough for the temperature rule), "zonder dat iemand het ons vroeg" (no word of consultation),
    /// a class sneered at as "deze klas", "mijn groepje … met geen stok aan het werk", "wat een drama", "luie bende" in the
    /// sentence after "mijn klas" (the own class must be in the same sentence); pupils kept in "na schooltijd", "bij mij in
    /// het lokaal", from "voetballen in de pauze" (a verb, not an activity noun, after "niet meer"), and pupils who "gaan
    /// niet mee" or "blijven op school als de rest …" (no "mag"; these two are doubted for the named pupil only);
    /// "als luisterversie" (no audio word); and the reply "het huiswerk stond gewoon in de agenda" (no denial word).
    /// </summary>
    [Fact]
    public void Fresh28School18HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh28-school18-heldout.jsonl")), "fresh28-school18-heldout", 0.69, 0.50, 0.0, 0.0);
}
