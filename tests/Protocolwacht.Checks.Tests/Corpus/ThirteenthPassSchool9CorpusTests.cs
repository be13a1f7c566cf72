namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirteenth pass's school batches (helper school9): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class ThirteenthPassSchool9CorpusTests
{
    /// <summary>
    /// 56 posts written by helper school9 at the start of the thirteenth pass, from the spec and before any run of the
    /// engine (28 blockable or doubtful: a pupil's bare first name opening a sentence with an injury, a hospital stay or a
    /// family fact; the author's own operation; rumour "uit betrouwbare bron", "het verhaal gaat rond", "naar verluidt",
    /// "in de wandelgangen"; leaders' norms "horen te", "het is tijd om", "werkt alleen met", "wat het onderwijs nodig
    /// heeft"; replies that thank and then defend a rule or a decision; sarcasm with 🙌 😏 👏 🙄 about meetings, the wifi
    /// and the timetable; a scanned lesson, typed-out lyrics, a picture book used while permission is pending; 28 allowed
    /// look-alikes: hearsay about a hairdresser, a butcher, the weather and a librarian in town; announced news; a pet
    /// with a name; first-aid courses; news and "namens" from leaders; norms outside education; thanks with a redirect;
    /// sincere emoji; licensed and public-domain works). First pass (rules + model): 0.661 / missed-block 0.500 (8/16) /
    /// false-block 0.071 (2/28); after the pass (built on its misses) 0.964 / 0.125 (2/16) / 0.000. Left: two names the
    /// dictionary does not list only as a name ("Bram" is also a word, "Mila" is not listed as a name).
    /// </summary>
    [Fact]
    public void Fresh19School9Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh19-school9.jsonl")), "fresh19-school9", 0.96, 0.13, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh19-school9 in another voice and with other words (27 allowed), committed with it before
    /// any rule changed and run once at the end of the pass: 0.704 / missed-block 0.400 (6/15) / false-block 0.000
    /// (0/27); the engine before the pass scores 0.630 / 0.467 (7/15) / 0.000 on it. The floors are that run. The same
    /// author wrote both batches, so the held-out words were known while the classes were written; none was added
    /// ("van horen zeggen", "geruchtenmolen", "men zegt", "hoogste tijd", "lukt alleen als", "valt of staat met",
    /// "hechtingen", "krukken", "mitella", "netwerk" stay out). Its misses as classes for the next pass: names the
    /// dictionary also knows as words or inflections ("Fleur", "Thomas"); an illness compound ("klierkoorts"); a relative
    /// lost ("een broertje verloren"); rumour "van horen zeggen", "geruchtenmolen" (doubted by the model, not blocked); a
    /// colleague "niet terugkomt na haar verlof"; leaders' norms "de hoogste tijd dat", "valt of staat met", "waar scholen behoefte aan hebben", "lukt alleen als"; "de afspraak is echter" (afspraak
    /// reads as a redirect); sarcasm whose grievance is a crowded week ("zes vergaderingen in de toetsweek") or about the
    /// network; "uitgetikt" as copying.
    /// </summary>
    [Fact]
    public void Fresh19School9HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh19-school9-heldout.jsonl")), "fresh19-school9-heldout", 0.70, 0.40, 0.0, 0.0);
}
