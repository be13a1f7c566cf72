namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The fourteenth pass's school batches (helper school10): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FourteenthPassSchool10CorpusTests
{
    /// <summary>
    /// 57 posts written by helper school10 at the start of the fourteenth pass, from the spec and before any run of the
    /// engine (28 blockable or doubtful: pupils' first names that are also words, opening a sentence with an illness, an
    /// injury, a suspension or a family fact; a colleague's illness; colleagues' words reported across a long adverbial;
    /// "van horen zeggen", "de geruchtenmolen", "in de wandelgangen"; leaders' "hoogste tijd dat", "valt of staat met",
    /// "lukt alleen als"; replies holding an agreement or a rule against a parent or pupil; a scanned workbook, typed-out
    /// lyrics, texts shared after permission was refused; complaints about a study day, a crowded test week and the board;
    /// the author's own birth date; 29 allowed look-alikes: the same words as flowers, pets, a picture book and a hamster;
    /// appointments made or offered; one's own notes typed out; a relative's and a published report's words; announced
    /// news; sincere praise of meetings; "namens"). One line repeats an older held-out post word for word
    /// (fresh20-school10-13 = fresh19-school9-heldout-15), by accident. First pass (rules + model): 0.737 / missed-block
    /// 0.167 (3/18) / false-block 0.034 (1/29); after the pass (built on its misses) 0.965 / 0.000 / 0.000. Left: a
    /// pupil's grade in a reply read as results (-15), "Of het schoolfeest doorgaat, valt of staat met het weer" read as a
    /// leader's opinion (-40).
    /// </summary>
    [Fact]
    public void Fresh20School10Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh20-school10.jsonl")), "fresh20-school10", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh20-school10 in another voice and with other words (27 allowed), committed with it before
    /// any rule changed and run once at the end of the pass: 0.704 / missed-block 0.438 (7/16) / false-block 0.037 (1/27);
    /// the engine before the pass scores 0.667 / 0.563 (9/16) / 0.037 on it. The floors are that run. Three verdicts went right
    /// (a name that is also a word with chickenpox, a colleague's words across a long adverbial, "staat of valt met"), a
    /// colleague "liet … weten dat ze gaat solliciteren" went from allow to doubt (block expected), one is worse: "Volgens de wandelgangen wordt de bovenbouw van de Sint Jozef … opgeheven" is no longer blocked, because
    /// "wandelgangen" now needs a word for the school beside it and neither a school's own name nor "bovenbouw" is one.
    /// Its misses, as classes for the next pass: a fact the sensitive lexicon does not read beside a name that is also a
    /// word ("gekneusd", "in een pleeggezin", "zijn broertje verloren") and a name that is also an animal ("Merel"); a
    /// colleague applying elsewhere (a quote now, not confidential); leaders' "pas als", "het wordt tijd dat"; a book
    /// photographed page by page, a photographer who did not answer; the network down "voor de zoveelste keer" without
    /// ironic praise; a selection committee's choice "onder ons". Wrongly stopped, before the pass too: a class cat with an
    /// operation ("klassenkat" is not read as an animal), the board deciding "achter gesloten deuren" read as confidential,
    /// "morgen in de klas bespreken we het" to a pupil read as discussion.
    /// </summary>
    [Fact]
    public void Fresh20School10HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh20-school10-heldout.jsonl")), "fresh20-school10-heldout", 0.70, 0.44, 0.04, 0.0);
}
