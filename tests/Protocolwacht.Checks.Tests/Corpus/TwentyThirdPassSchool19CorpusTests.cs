namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-third pass's school batches (helper school19): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the model shipped on this branch.
/// </summary>
public class TwentyThirdPassSchool19CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-third pass from the spec and the brief's classes before any rule changed (21f153b,
    /// on 00cfee7): 34 to stop (a wait told without "al/na/sinds", a room failing by its symptom, a decision "zonder dat
    /// iemand het ons vroeg"/"zonder ons te vragen", the own class sneered at across sentences or in the exclamation "wat
    /// een groep!", "mijn leerlingen zijn hopeloos" as a doubt, a named pupil kept "na schooltijd" or who "gaat niet mee",
    /// a listening edition or "hoorspel" of a whole method or book, replies that correct a parent or pupil without a
    /// denial word, a director's complaint about the board) and 21 allowed look-alikes (waits for news, a repair, a room
    /// at 21 degrees, praise of the class, everyone kept after school, a pupil's own choice, the pupils' own radio play,
    /// the publisher's listening edition, thanks and plain answers). First pass (the engine of 00cfee7): 0.545 /
    /// missed-block 0.556 (5/9) / false-block 0.000 (0/21). After the pass: 0.927 / 0.111 (1/9) / 0.000. Still wrong: "het
    /// bestuur schaft de schoolreis af zonder … te raadplegen" (the split "schaft … af" is no decision verb), "Ze kunnen
    /// het ook gewoon niet" after "mijn klas" (no unruly word), "Wat een klas! Iedereen heeft de tafel van 7 gehaald"
    /// (an older lexicon line "wat een … klas" doubts it without looking at the praise that follows) and "het hele
    /// prentenboek als voorleesversie op ons YouTube-kanaal" ("prentenboek" is not read as `teaching-material`; "de hele taalmethode als voorleesversie …" is blocked).
    /// </summary>
    [Fact]
    public void Fresh29School19Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh29-school19.jsonl")), "fresh29-school19", 0.92, 0.12, 0.0, 0.0);

    /// <summary>
    /// 50 posts written with fresh29-school19 in another voice and with other words (32 to stop, 18 allowed), committed with
    /// it before any rule changed (21f153b), never tuned on: the engine of 00cfee7 0.600 / missed-block 0.500 (4/8) /
    /// false-block 0.000 (0/18); after the pass 0.660 / 0.375 (3/8) / 0.000. Run four times (start, twice on the way, end); its wrong posts
    /// were read after the third run and nothing was changed for them. Still passed (causes not diagnosed on these posts): waits told as "we zitten nog
    /// te wachten op de beloofde extra handen", "geen nieuws over … het is
    /// inmiddels november", radiators that "blijven koud", a ceiling that "druipt", "het ruikt muf" with damp patches,
    /// "zonder dat … er iets over te zeggen kregen", "niemand heeft ons iets gevraagd",
    /// "dat wordt een lang jaar met dat stel", "mijn klas vandaag … en dan klagen dat het saai is", "kwam er zonder dat
    /// wij … erover gehoord zijn", "moesten we zonder overleg … verhuizen"; "Daan blijft … op school als
    /// de rest … naar het bos gaat" and "Milan blijft na de bel" (doubted for the named pupil only), "Tess gaat niet mee
    /// schaatsen"; a "voorleesbundel … ingelezen" and a titled "hoorspel met alle hoofdstukken"; "Zo werkt het niet bij ons" (no correction word); a director's
    /// "nog steeds wachten we op de toezegging van het bestuur".
    /// </summary>
    [Fact]
    public void Fresh29School19HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh29-school19-heldout.jsonl")), "fresh29-school19-heldout", 0.66, 0.38, 0.0, 0.0);
}
