namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-ninth pass's group-hate batches (helper hate25, issue 9): the tuning batch, written before the engine saw it,
/// and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch
/// (the lead adjusts them after retraining).
/// </summary>
public class TwentyNinthPassHate25CorpusTests
{
    /// <summary>
    /// 56 posts written for the twenty-ninth pass from the spec and the brief's classes before any rule changed (b4fbbd51, on
    /// f8aa0ed2): 28 to stop (group words as diminutives of scorn, clipped or misspelt before their country; a group called
    /// mentally ill or told to be treated for what it is; a group hanging about a station or a shop as its habit; a group's
    /// houses of prayer closed by an order, a question or the author's side; go-back orders and bans not quoted) and 28
    /// allowed look-alikes (a Turkish baker, a pupil's own "wij Marokkanen", "tukker" and "turf"; care for the mentally ill,
    /// patients treated for what they have; young people at a youth centre, a class meeting at the station; a question of
    /// fact about a closed mosque, a door closed; a colleague's dream of going back, a go-back order quoted and condemned, a
    /// ban argued against; praise and neutral mentions). First pass (rules + model, the engine of f8aa0ed2): 0.679 /
    /// missed-block 0.393 (11/28) / false-block 0.143 (4/28). After the pass: 0.946 / 0.000 (0/28) / 0.036
    /// (1/28). Still wrong: "Patiënten in het ziekenhuis moeten behandeld worden voor wat ze hebben" (blocked by the threat
    /// judge: "ziekenhuis" is a harm outcome beside "moeten"); two counter-speech posts are doubted as quotes.
    /// </summary>
    [Fact]
    public void Fresh35Hate25Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-hate25.jsonl")), "fresh35-hate25", 0.94, 0.0, 0.04, 0.0);

    /// <summary>
    /// 56 posts written with fresh35-hate25 in another voice (lower case, chat spelling) and with other groups and words (28 to
    /// stop, 28 allowed), committed with it before any rule changed (b4fbbd51), never tuned on: the engine of f8aa0ed2 0.696 /
    /// missed-block 0.429 (12/28) / false-block 0.071 (2/28); after the pass 0.768 / 0.357 (10/28) / 0.036 (1/28). Run twice: at the start and at
    /// the end; its wrong posts were read only after the last run. The same author wrote both batches, so this is no
    /// independent measure. Still wrong: a diminutive of a clipped word ("lesbotjes": "lesbo" is a slur, not a group noun), a
    /// slur misspelt before its country ("polaken uit polen"), "opgenomen worden voor wat ze zijn" ("opnemen" is no word of
    /// curing), the noun "geesteszieken", loitering by a pronoun with the group after a comma and as a verbless infinitive
    /// ("marokkanen rondhangen op het station, elke dag hetzelfde"), closing by a compound sign, a verbless slogan
    /// ("moskeeën dicht, nu meteen"), a verb in the next sentence ("dichttimmeren"), "slopen" after "moeten we", the author's
    /// will with "dat" ("ik wil dat hoofddoeken verboden worden"); a go-back order reported with "diep triest" is blocked
    /// as confidential.
    /// </summary>
    [Fact]
    public void Fresh35Hate25HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh35-hate25-heldout.jsonl")), "fresh35-hate25-heldout", 0.76, 0.36, 0.04, 0.0);
}
