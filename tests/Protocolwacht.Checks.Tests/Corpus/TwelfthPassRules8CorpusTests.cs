namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twelfth pass's hate batches (helper rules8): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class TwelfthPassRules8CorpusTests
{
    /// <summary>
    /// 53 posts written for the twelfth pass from the spec before any rule changed: 27 blockable (intimidation phrased as
    /// advice about a report, a move or someone's things; watching told as seen; a loss promised with other verbs on an
    /// ultimatum; "zonde als … iets overkwam" about a child; "dan zal hij merken wat er gebeurt" about a parent; insults
    /// "X van een &lt;person&gt;"; a group with the strings in hand, of lower origin, there to rip people off, called
    /// predators) and 26 allowed look-alikes (fundraisers and a relative's cancer, neutral and positive group mentions,
    /// counter-speech, news of violence, history lessons, idioms, sincere advice, friendly sightings). First pass (rules +
    /// model): 0.547 / missed-block 0.481 (13/27) / false-block 0.038 (1/26). The pass was built on its misses, so it is
    /// a regression set: 0.830 / 0.259 (7/27) / 0.000 (0/26) after it (left: advice about a scooter, a move and a
    /// "verklikker" told to keep quiet; a jacket the daughter wore with "ik let goed op haar"; "zou jammer zijn" two
    /// sentences after a car seen; "ga jij maar naar de krant"; "zonde als jij straks niet meer kunt sporten"; the
    /// history lesson, no longer blocked, is a model doubt, a cake "zonde als … overblijft" too).
    /// </summary>
    [Fact]
    public void Fresh18Rules8Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh18-rules8.jsonl")), "fresh18-rules8", 0.83, 0.26, 0.0, 0.0);

    /// <summary>
    /// 52 posts written with fresh18-rules8 in another voice and with other words (27 blockable, 25 allowed), committed
    /// before any rule changed and run once at the end: the engine before the pass 0.558 / missed-block 0.519 (14/27) /
    /// false-block 0.080 (2/25); after it 0.712 / 0.407 (11/27) / 0.080 (seven more blocks: a promotion "op je buik schrijven" and
    /// "hoeft nooit meer" on an ultimatum, "dan zal hij/ze merken/zien wat er gebeurt" twice, the strings pulled everywhere,
    /// "lagere afkomst", all power in hand; a model doubt on counter-speech, "Iemand riep op de markt dat …", gone). The
    /// same author wrote both batches, so the held-out words were known while the classes were written; no held-out word
    /// was added. Misses left, as classes: advice with "kun je beter … intrekken" (no "maar"), "gezonder voor jou om … weg
    /// te gaan", a boat to moor elsewhere, a petition to stop "beter voor je kinderen", a candidacy "terugtrok" with "wijs";
    /// watching told without "denk daar over na" (seen in the queue, a dog alone at home, a wife at the gym at four,
    /// children photographed); a loss on "dien die klacht maar in", "één telefoontje van mij"; "zonde van zo'n knap gezicht
    /// als daar littekens op staan", "zonde als hem iets ergs zou gebeuren" (not read; the cause was not found in this pass); "een roedel wolven" (a
    /// model doubt: the predator is not right after the copula). Allowed but blocked, as before the pass:
    /// counter-speech calling 'roofdieren' "pure haat", Romans who "beschreven" Germans "als wilden" (`beschrijven` is no
    /// labelling verb yet).
    /// </summary>
    [Fact]
    public void Fresh18Rules8HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh18-rules8-heldout.jsonl")), "fresh18-rules8-heldout", 0.71, 0.41, 0.08, 0.0);
}
