namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-ninth pass's held-out batch over school staff's complaints, opinions and sensitive facts (helper school35,
/// issue 9). Its tuning batch (36 posts, /work/notes/fresh45-school35-tune.jsonl) is not committed as a corpus: it would
/// become a training file of the second-opinion model. Floors as in <see cref="DevCorpusTests"/>, for the rules and the
/// shipped model of this branch.
/// </summary>
public class ThirtyNinthPassSchool35CorpusTests
{
    /// <summary>
    /// 36 posts written in another voice than the tuning batch (lower case, chat spelling, emoji, longer posts) with other
    /// words and people (11 doubt: polite or weary complaints about the timetable, the building, a study day, parents and the
    /// board, and leaders' opinions on policy; 7 block: a pupil's grade, custody, punishment, expulsion, a foster stay, a
    /// parent in rehab, the author's own medicine; 18 allowed look-alikes: announcements, thanks, a cheerful countdown, news
    /// with its source, "persoonlijk denk ik" from a teacher, "namens", class results, a pupil's prize with consent),
    /// committed before any rule changed (9173f121), never tuned on. The engine of 19067b62: 0.778 (28/36) / missed-block
    /// 0.429 (3/7) / false-block 0.000 (0/18); after the pass 0.806 (29/36) / 0.429 (3/7) / 0.000. The tuning batch went
    /// from 0.861 (31/36) / 0.286 (2/7) / 0.000 to 1.000 / 0 / 0. The same author wrote both batches, so this is no
    /// independent measure. Still wrong: pupils' names written in lower case ("sara kwam terug met een 4,5 voor topo", "de
    /// moeder van finn is opgenomen in een afkickkliniek", "liam heeft … bij een gastgezin gewoond": a lower-case first name
    /// is no name to the check, and "gastgezin" is no family word); "dat lange jongetje met de beugel uit groep 6" (an
    /// adjective between the demonstrative and the child); "twee jaar op lithium en nog steeds … de gangen aan het dweilen"
    /// (doubt as a complaint, not the author's medicine) and its allowed twin "twee jaar conciërge … nog steeds elke dag met
    /// plezier de gangen aan het dweilen" (a false doubt: "nog steeds" read as a grievance beside "met plezier"); a school
    /// account's "omdat het bestuur de vervanger niet wil betalen" (no complaint word).
    /// </summary>
    [Fact]
    public void Fresh45School35HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh45-school35-heldout.jsonl")), "fresh45-school35-heldout", 0.80, 0.43, 0.0, 0.0);
}
