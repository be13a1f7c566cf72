namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-second pass's group-hate batches (helper hate28, issue 9): the tuning batch, written before the engine saw it,
/// and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtySecondPassHate28CorpusTests
{
    /// <summary>
    /// 56 posts written for the thirty-second pass from the spec and the brief's classes before any rule changed (dbeec01f, on
    /// f8bc20e5): 28 to block (crime or vice told as a group's nature or culture, with a disclaimer; a flood and a sweep; a
    /// burden or worth by age, ability or identity; an identity called nonsense; insinuating questions and a dismissal turned
    /// round; a dehumanising comparison, a threat, a spelling variant, a pronoun, a derogation) and 28 allowed look-alikes
    /// (lessons about a culture, discrimination as a fact, pirates in a play, overflowing cellars and mailboxes, a negated
    /// removal or a welcome, 80-plussers singing, a millstone in a museum, neutral questions about a group's life, the weather
    /// asked as a coincidence, counter-speech). First pass (rules + model, the engine of f8bc20e5): 0.732 / missed-block 0.357
    /// (10/28) / false-block 0.036 (1/28). After the pass: 0.911 / 0.107 (3/28) / 0.036 (1/28). Still wrong: "kopen stiekem
    /// ons hele land op", a threat to pull people out of a swimming pool, "buren uit Eritrea" (a country is no group word),
    /// 80-plussers keeping beds occupied (doubt), and counter-speech that calls the shouters "idioten" (an insult).
    /// </summary>
    [Fact]
    public void Fresh38Hate28Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-hate28.jsonl")), "fresh38-hate28", 0.91, 0.11, 0.04, 0.0);

    /// <summary>
    /// 56 posts written with fresh38-hate28 in another voice (lower case, chat spelling, emoji) and with other groups and
    /// words (28 to block, 28 allowed), committed with it before any rule changed (dbeec01f), never tuned on: the engine of
    /// f8bc20e5 0.786 / missed-block 0.286 (8/28) / false-block 0.036 (1/28); after the pass 0.839 / 0.214 (6/28) / 0.036
    /// (1/28). Run twice: at the start and at the end; its wrong posts were read only after the last run. The same author
    /// wrote both batches, so this is no independent measure. Still wrong: "X en oplichting, 1 pot nat", "ik ben echt geen
    /// racist, X pikken alles wat los en vast zit", "drugs dealen zit bij die X in de familie" (doubt), "boomers" (no group
    /// word), "minder slim" (`intellect`, not `ability`), "aseksueel bestaat gewoon niet" ("gewoon" between the verb and the
    /// negation), "geen sprookje, de joden regelen echt alles", "waarom zijn het toch altijd X die de boel verzieken?"
    /// (doubt), and the false block "X hoeven echt niet terug, ze zijn hier thuis".
    /// </summary>
    [Fact]
    public void Fresh38Hate28HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh38-hate28-heldout.jsonl")), "fresh38-hate28-heldout", 0.83, 0.22, 0.04, 0.0);
}
