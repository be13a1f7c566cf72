using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DONT3/R5/BG5 and "Verantwoordelijkheid". Block: insults, ridicule, slander, threats and discriminatory
/// remarks about people or groups, also disguised (the tokens are already folded). Doubt: negative public
/// remarks about students, parents, colleagues, management or the organisation that could damage people
/// or the organisation's image.
/// </summary>
internal sealed class HarmfulStatementRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.HarmfulStatement;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT3, Protocol.BG5];

    private static readonly ClassMask Leaders = Language.WordClasses.Default.Mask("leadership");

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var sentences = Sentence.All(context);
        if (Block(context, findings, context.Matches(resources.Harmful), sentences) || Exposed(context, findings))
        {
            return;
        }

        if (Judged(context, findings, GroupHateJudge.Find(context, sentences), "een discriminerende uitspraak over een groep mensen", Protocol.DONT3.Id)
            || Judged(context, findings, ThreatJudge.Find(context, sentences), "een dreigement", Protocol.DONT3.Id))
        {
            return;
        }

        // "Mijn leerlingen zijn hopeloos": a negative attribute of the author's own class is a sneer (convention 7, doubt),
        // not name-calling; ComplaintJudge decides what is the own class (twenty-third pass, school19). So is a mild attribute of
        // pupils or a class turned round with praise (thirty-fifth pass, school31: ComplaintJudge.Softened).
        var insult = InsultJudge.Find(context, sentences);
        if (insult is { } sneer && (ComplaintJudge.OfOwnClass(context, sentences, sneer) || ComplaintJudge.SoftenedSneer(context, sentences, sneer)))
        {
            var (from, to) = context.SpanOf(sneer.First, sneer.Last);
            findings.Add(Complaint(context, from, to));
            return;
        }

        if (Judged(context, findings, insult, "een belediging", Protocol.BG5.Id))
        {
            return;
        }

        // Sarcasm ("Dank je wel, Konot 🙄") needs its eye-roll; an eye-roll at the organisation or at parents is a sneer by itself.
        var rolled = EyeRoll(context.Request.Text);
        foreach (var match in context.Matches(resources.Harmful))
        {
            if (match.Entry.Tag is not ("complaint" or "stall") && !(rolled && match.Entry.Tag is "sarcasm" or "target"))
            {
                continue;
            }

            // Thirtieth pass (school26): a thing of the school that stalls ("doet het weer niet", "ligt al een week plat"), told on
            // the school's or Konot's own account without its leaders named, is the school's notice of its own machine
            // ("Verdorie, de printer doet het weer niet. Nieuwsbrief komt morgen.": probe-297 and dev-035 label it no complaint).
            // From a personal account, or beside the board or the directie, it is a complaint about the employer.
            if (match.Entry.Tag == "stall" && !context.IsPersonal && (context.PostClasses & Leaders) == 0)
            {
                continue;
            }

            // "Niemand heeft ons iets gevraagd, toch … Hartelijk dank!": a concession followed by thanks (twenty-fifth pass).
            if (match.Entry.Tag is "complaint" or "stall" && ComplaintJudge.ConcededWithThanks(context, sentences, match.First))
            {
                continue;
            }

            var (start, end) = context.SpanOf(match);
            findings.Add(Complaint(context, start, end));
            return;
        }

        if ((ComplaintJudge.Find(context, sentences) ?? SarcasticComplaintJudge.Find(context, sentences)) is { } complaint)
        {
            var (start, end) = context.SpanOf(complaint.First, complaint.Last);
            findings.Add(Complaint(context, start, end));
        }
    }

    private static Finding Complaint(CheckContext context, int start, int end) =>
        new(Categories.HarmfulStatement, Severity.Doubt, Protocol.DONT3.Id, start, end,
            $"Deze negatieve uitspraak (\"{context.Quote(start, end)}\") kan collega's, leerlingen, ouders of het imago van Konot schaden. Bespreek kritiek liever intern of vraag je leidinggevende om advies: doe geen uitspraken die anderen kunnen schaden ({Protocol.DONT3.Title}).");

    private static bool Judged(CheckContext context, List<Finding> findings, (int First, int Last)? span, string what, string guideline)
    {
        if (span is not { } found)
        {
            return false;
        }

        var (start, end) = context.SpanOf(found.First, found.Last);
        findings.Add(new Finding(Categories.HarmfulStatement, Severity.Block, guideline, start, end,
            $"Dit is {what} (\"{context.Quote(start, end)}\"). Haal dit weg en spreek met respect over anderen: laster, beledigingen en obsceniteit zijn niet geoorloofd ({Protocol.BG5.Title}; {Protocol.DONT3.Title})."));
        return true;
    }

    private static bool EyeRoll(string text) =>
        text.Contains("\U0001F644", StringComparison.Ordinal) || text.Contains("\U0001F612", StringComparison.Ordinal)
        || text.Contains("\U0001F926", StringComparison.Ordinal) || text.Contains("\U0001F643", StringComparison.Ordinal);

    // Telling the public that a named student was punished or sent out is public shaming, not news.
    private bool Exposed(CheckContext context, List<Finding> findings)
    {
        var examined = 0;
        foreach (var match in context.Matches(resources.Sensitive))
        {
            if (++examined > 50)
            {
                break;
            }

            if (match.Entry.Tag != "discipline")
            {
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;
            // A roster pupil, or one the roster does not know named with their class ("Bram uit groep 8").
            var name = StudentIn(context, sentence)?.Name ?? PersonalDataJudges.IdentifiedPerson.InSentence(context, sentence);
            if (name is null)
            {
                continue;
            }

            var (start, end) = context.SpanOf(match);
            findings.Add(new Finding(Categories.HarmfulStatement, Severity.Block, Protocol.DONT3.Id, start, end,
                $"Je zet {name} publiek te kijk (\"{context.Quote(start, end)}\"). Dit kan de leerling schaden; bespreek gedrag alleen met de leerling en de ouders: doe geen uitspraken die leerlingen kunnen schaden ({Protocol.DONT3.Title})."));
            return true;
        }

        return false;
    }

    // The first roster pupil mentioned in the sentence; a loop, not a lambda: one capturing the context made a closure
    // on every check, whether a discipline word was there or not.
    private static PersonalData.PersonMention? StudentIn(CheckContext context, int sentence)
    {
        foreach (var person in context.People)
        {
            if (person.Kind == PersonalData.PersonKind.Student && context.Tokens[person.First].Sentence == sentence)
            {
                return person;
            }
        }

        return null;
    }

    private static bool Block(CheckContext context, List<Finding> findings, List<Lexicons.LexiconMatch> matches, List<Sentence> sentences)
    {
        foreach (var match in matches)
        {
            // A word only mentioned, or an insult of a group inside a claim the sentence condemns.
            // The author calling themself names ("ik ben zelf ook een sloddervos") insults no one.
            if (context.IsMention(match.First) || (match.Entry.Tag is "insult" or "insult-adj" && (CounterSpeech.Condemned(context, sentences, match.First) || InsultJudge.SaidOfSelf(context, match.Last))))
            {
                continue;
            }

            // Twenty-third pass: "die uitspraak is idioot", "wat een achterlijke opvatting": an opinion called stupid, not a person.
            if (match.Entry.Tag is "insult" or "insult-adj" && Sentence.Containing(sentences, match.First) is { Last: >= 0 } said
                && InsultJudge.OpinionEvaluated(context, said, match.First) >= 0)
            {
                continue;
            }

            // Twenty-seventh pass (hate23): "X zijn totaal geen profiteurs", "hij is geen luilak": an insult noun denied.
            if (match.Entry.Tag == "insult" && match.First == match.Last && (context.Classes[match.First] & Words.InsultNoun) != 0
                && Sentence.Containing(sentences, match.First) is { Last: >= 0 } denied && InsultJudge.Denied(context, denied, match.First))
            {
                continue;
            }

            // "Oplichters die ouderen bellen": the person after the relative "die" is not the one the word describes.
            if (match.Entry.Tag == "insult-adj" && Sentence.Containing(sentences, match.First) is { Last: >= 0 } clause && clause.RelativeObject(context, match.First, match.Last))
            {
                continue;
            }

            // "Ik weet waar je woont, zei mijn dochter tegen de kerstman": someone else's words, reported.
            if (match.Entry.Tag == "threat" && ReportedSpeech.ByOther(context, match.Last))
            {
                continue;
            }

            // "haar tekening afmaken": the verb of killing that also means finishing, with a thing as its object.
            if (match.Entry.Tag == "threat" && Sentence.Containing(sentences, match.Last) is { Last: >= 0 } finished
                && (ThreatJudge.ThingFinished(context, finished, match.Last) || ThreatJudge.ThingTaught(context, finished, match.First)))
            {
                continue;
            }

            // An insult or threat in a sentence about a quoted work is said of its characters (the lexicon's
            // "unless @fiction" sees words for a story, not a title).
            // A title without quotation marks ("lees De idioot van …") names a work too, but only for the words in it.
            // A verb of acting after a sentence set in a play names a part ("… de musical Oliver. Julia speelt die schoft").
            if (match.Entry.Tag is "insult" or "insult-adj" or "threat" && Sentence.Containing(sentences, match.First) is { Last: >= 0 } sentence
                && (sentence.NamesAWork(context) || (match.Entry.Tag != "threat" && (UnquotedTitle.Contains(context, sentence, match.Last) || InsultJudge.InPartPlayed(context, sentences, match.First)))))
            {
                continue;
            }

            var (what, guideline) = match.Entry.Tag switch
            {
                "insult" or "insult-adj" => ("een belediging", Protocol.BG5.Id),
                "threat" => ("een dreigement", Protocol.DONT3.Id),
                "slander" => ("een beschuldiging die als laster kan overkomen", Protocol.BG5.Id),
                _ => (null, null),
            };
            if (what is not null && guideline is not null && Judged(context, findings, (match.First, match.Last), what, guideline))
            {
                return true;
            }
        }

        return false;
    }
}
