namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-second pass's threat, insult and parent-reply batches (helper rules28): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtySecondPassRules28CorpusTests
{
    /// <summary>
    /// 55 posts written for the thirty-second pass from the spec and the brief's classes before any rule changed (204128c2,
    /// on f8bc20e5): 29 to stop (a victim lying in a ditch or found in a verge, teeth taken home in a bag, "zien wat er met
    /// hem gebeurt", an ambulance or 112 arranged; a grudge paid back after a humiliation; idioms that call someone stupid,
    /// a walking wailing wall, a noisy animal, "jochie"; a parent told that their child lies or threatened with its
    /// punishment) and 26 allowed look-alikes (news of a ditch or an ambulance, a lesson, a milk tooth, a book given back,
    /// a lamp, a parrot, a stick insect, a reply that moves offline, joy told with "wist niet wat hem overkwam", a funeral).
    /// First pass (rules + model, the engine of f8bc20e5): 0.545 / missed-block 0.552 (16/29) / false-block 0.000 (0/26).
    /// After the pass: 1.000 / 0.000 (0/29) / 0.000 (0/26).
    /// </summary>
    [Fact]
    public void Fresh38Rules28Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-rules28.jsonl")), "fresh38-rules28", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh38-rules28 in another voice and with other words (29 to stop, 26 allowed), committed with it
    /// before any rule changed (204128c2), never tuned on: the engine of f8bc20e5 0.473 / missed-block 0.690 (20/29) /
    /// false-block 0.000 (0/26); after the pass 0.545 / 0.586 (17/29) / 0.000 (0/26). Run twice: at the start and at the
    /// end; its wrong posts were read only after the last run. The same author wrote both batches, so this is no independent
    /// measure; its words (envelopje, traumahelikopter, brancard, vijver, afgebrand, vereffenen, "voor aap", bovenkamertje,
    /// jammerklacht, tekkel, jokken, "uit de duim zuigen", "draait de boel om") were kept out of the classes on purpose.
    /// Still wrong: teeth "in een envelopje", a trauma helicopter, a stretcher or the out-of-hours doctor arranged in
    /// other words, fished out of a pond, found "in het gras"; "spijt van krijgen", "nog niet van me af", "die rekening
    /// vereffen", "rekenen we af", "komt ze duur te staan", "dat terugdoe" after a humiliation; "het buskruit niet
    /// uitgevonden", "niet veel in dat bovenkamertje", "het licht is uit", "een wandelende jammerklacht"; a noisy animal the
    /// class does not hold (tekkel) or four words after the copula; "zuigt dit uit haar duim", "jokt", "draait de boel
    /// om", "er is niets van waar" and a punishment told without "ik" (doubted as discussion).
    /// </summary>
    [Fact]
    public void Fresh38Rules28HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-rules28-heldout.jsonl")), "fresh38-rules28-heldout", 0.54, 0.59, 0.0, 0.0);
}
