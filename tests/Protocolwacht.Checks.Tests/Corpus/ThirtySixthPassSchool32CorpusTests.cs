namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-sixth pass's school batch (helper school32, issue 9): the held-out batch. Its tuning batch (36 posts, 18 to
/// stop, 18 allowed look-alikes) lives outside the corpus folder (`/work/notes/fresh42-school32-tune.jsonl`) so it does not
/// become a training file; there it went from 0.917 / missed-block 0.000 (0/16) / false-block 0.111 (2/18) to 1.000 / 0 / 0.
/// Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch.
/// </summary>
public class ThirtySixthPassSchool32CorpusTests
{
    /// <summary>
    /// 36 posts written with the tuning batch in another voice (lower case, chat spelling, emoji, longer posts) and other
    /// words (16 to block, 2 doubt, 18 allowed), committed alone before any rule changed (7474de88, on 6b3f5adc), never tuned
    /// on: the engine of 6b3f5adc 0.778 / missed-block 0.250 (4/16) / false-block 0.111 (2/18); after the pass the same,
    /// 0.778 / 0.250 / 0.111: the pass's patterns (place-first send-outs, "eruit", scornful animal bunches, passed-on mails
    /// and minutes, own stays across a time, a general condition, a foundation against a disease) did not reach these
    /// sentences. Run twice: at the start and at the end; its wrong posts were read only after the last run. The same author
    /// wrote both batches, so this is no independent measure. Still wrong: the chat article "n" ("n meisje uit mijn groep 6 …
    /// opvanghuis") and "mn" before a health word ("na mn hartinfarct") are not read; "uit de les moeten zetten" (the place
    /// first with "uit" before it and an infinitive) is only a doubt; youth care told as "hulp via veilig thuis" and a night
    /// at the police station are no sensitive facts yet; "gepraat over wat een ziekenhuis doet" reads as a threat; the
    /// lower-case title 'de idioot' of Dostojevski is an insult; and a reply that only moves the talk offline ("kom morgen even
    /// bij mij, dan bespreken we het samen") is discussion.
    /// </summary>
    [Fact]
    public void Fresh42School32HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh42-school32-heldout.jsonl")), "fresh42-school32-heldout", 0.77, 0.26, 0.12, 0.0);
}
