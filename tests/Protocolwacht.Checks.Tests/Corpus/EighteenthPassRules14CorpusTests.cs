namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The eighteenth pass's hate batches (helper rules14): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class EighteenthPassRules14CorpusTests
{
    /// <summary>
    /// 55 posts written for the eighteenth pass from the spec and the brief's classes before any rule changed (5ffb824, on
    /// 0994f22): 28 blockable (someone's car, bike, tyres, windows or fence to be damaged or gone; the author waiting for
    /// someone or appearing at their door, office or work soon; a group kept out with "geen X meer in onze …", "X horen hier
    /// niet"; insult nouns after a negative adjective and dated ones: sloerie, teut, del, slodder) and 27 allowed look-alikes
    /// (damage told as news, one's own things, a scrapped bus, waiting with a purpose or a gift, bans on things, a welcome,
    /// counter-speech, dirty things and chores, the author naming themself, titles of books, films and songs with an insult
    /// word, quoted and unquoted). First pass (rules + model, the engine of 0994f22): 0.691 / missed-block 0.429 (12/28) /
    /// false-block 0.074 (2/27), two more blockable posts only doubted. The pass was built on its misses, so it is a
    /// regression set: 0.927 / 0.036 (1/28) / 0.037 (1/27) after it. Left: "de lak van je auto af" (no damage word),
    /// "dat zijn fiets het weekend niet gaat overleven" (doubted), a chore called "een smerige klus" doubted by the second
    /// opinion, and a song line quoted after "Ons favoriete liedje deze week in groep 4:" (the work word is more than four
    /// words before the colon, so the quote is not read as a title).
    /// </summary>
    [Fact]
    public void Fresh24Rules14Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh24-rules14.jsonl")), "fresh24-rules14", 0.92, 0.04, 0.04, 0.0);

    /// <summary>
    /// 53 posts written with fresh24-rules14 in another voice and with other words (27 blockable, 26 allowed), committed
    /// with it before any rule changed (5ffb824) and run once at the end: the engine of 0994f22 0.679 / missed-block 0.556
    /// (15/27) / false-block 0.077 (2/26); after the pass 0.717 / 0.444 (12/27) / 0.115 (3/26). The same author wrote both
    /// batches, and still the pass's patterns carry little: all six threats to property (a bike gone, said after a comma; a scooter
    /// kicked in; scratches over a car; a stone through the windows; a car better kept in the garage; a letterbox blown up) and
    /// waiting phrased otherwise ("ik sta je op te wachten", "voor je neus op je werk", "bij jouw bushalte") are missed;
    /// so are "In mijn straat geen X meer" (the place before the ban), "Zijn ex is een del" ("ex" is no person word) and
    /// "Die ouwe teut van de bibliotheek gaf …" (no copula). Fixed: "bij je op de stoep", "bij jou op de zaak", "een
    /// sloerie". Blocked wrongly: "Morgen ben ik bij jou op de zaak voor de reservesleutels" (the purpose "voor de …" is not
    /// read; new), the song "het nummer Loser van Beck" ("nummer" is no work word) and the novel title "De slet van
    /// Kerkdorp" (now by the profanity rule only).
    /// </summary>
    [Fact]
    public void Fresh24Rules14HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh24-rules14-heldout.jsonl")), "fresh24-rules14-heldout", 0.71, 0.45, 0.12, 0.0);
}
