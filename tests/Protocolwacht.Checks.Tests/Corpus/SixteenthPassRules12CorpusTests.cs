namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The sixteenth pass's hate batches (helper rules12): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class SixteenthPassRules12CorpusTests
{
    /// <summary>
    /// 54 posts written for the sixteenth pass from the spec and the brief's classes before any rule changed (a727241):
    /// 27 blockable (a group excluded without a removal verb: "weg met", "geen X in onze …", "horen geen X", a country
    /// "vol"; a group denied thinking or worth; an identifiable person accused of theft or fraud; nagging and meddling
    /// person nouns; knowing someone's address, plate or where their child goes to school; a group said to feel less
    /// pain; a chain ready for "dat stuk tuig") and 27 allowed look-alikes (slogans and bans about things, a full campsite,
    /// neutral and positive group mentions, toddlers who cannot yet tie laces, a thief in the news, a book, a game, a
    /// witch in a fairy tale or a costume, a grandmother fondly called a chatterbox, an address for an invitation, an
    /// anaesthetic, food from a country called too sweet or nasty, disgust at people who compare a group to vermin,
    /// sports, a history lesson, a broken bicycle chain). First pass (rules + model, the engine of a727241): 0.667 /
    /// missed-block 0.556 (15/27) / false-block 0.074 (2/27), one more blockable post only doubted. The pass was built
    /// on its misses, so it is a regression set: 0.981 / 0.000 (0/27) / 0.000 (0/27) after it (left: a thief in the news
    /// who stole "van een bejaarde", doubted by the second opinion). The batch's advice labels leave out the capacity
    /// advice the spec gives posts about colleagues, parents and school on a personal account (eight posts): a labelling
    /// slip, left as written.
    /// </summary>
    [Fact]
    public void Fresh22Rules12Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh22-rules12.jsonl")), "fresh22-rules12", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh22-rules12 in another voice and with other words (27 blockable, 27 allowed), committed
    /// with it before any rule changed (a727241) and run once at the end: the engine before the pass 0.667 / missed-block
    /// 0.407 (11/27) / false-block 0.111 (3/27), four more blockable posts only doubted; after it 0.852 / 0.111 (3/27) /
    /// 0.148 (4/27). The same author wrote both batches, so it is not an independent measure. Missed: "Geen homo's op de
    /// school van mijn kinderen" (the ban reads only "onze/ons/mijn …" right after the group), "Juf … pikt geld uit de
    /// klassenpot" ("pikt" was left out of the slander verbs: it is also what a bird does and "pikt het op"), "Ik weet
    /// waar je kinderen naar school gaan" ("gaan" is not among the verbs of where family is); doubted: "Vrouwen snappen
    /// niks van techniek, ze kunnen niet logisch denken". Blocked wrongly: a plate passed on to the parking warden "zodat
    /// je gratis mag parkeren" (new: the errand words know cards and presents, not a favour), "Ik weet waar je woont, dus
    /// ik breng de soep" (before too), the biggest "zakkenvuller" at Monopoly (before too: the game is named only as "Monopoly")
    /// and propaganda in a museum "waarin Joden als ratten werden getekend" (before too).
    /// </summary>
    [Fact]
    public void Fresh22Rules12HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh22-rules12-heldout.jsonl")), "fresh22-rules12-heldout", 0.85, 0.12, 0.15, 0.0);
}
