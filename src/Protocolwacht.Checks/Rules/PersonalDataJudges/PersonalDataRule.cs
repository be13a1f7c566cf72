using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.PersonalData;
using Protocolwacht.Checks.Rules.PersonalDataJudges;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// BG5 and "Veiligheid": personal data of students, parents, staff (the author included) and outsiders.
/// The scanners find the candidates (numbers, e-mail addresses, addresses, dates); one small judge per kind
/// of data decides whether a candidate is a person's (Rules/PersonalDataJudges). Block: identification and
/// contact details, a sensitive fact about an identifiable person, personal data legible on an attachment.
/// Doubt: naming a roster pupil whose consent is not true.
/// </summary>
internal sealed class PersonalDataRule : ICheckRule
{
    private const int MaxFindings = 10;

    public string Category => Categories.PersonalData;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.BG5];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var blocked = false;
        var reported = 0;
        foreach (var c in Candidates(context))
        {
            if (reported == MaxFindings)
            {
                break;
            }

            var (start, end) = context.Text.ToOriginal(c.Start, c.End);
            var quote = context.Quote(start, end);
            var message = c.Kind switch
            {
                CandidateKind.Bsn => BsnJudge.Judge(context, c, quote),
                CandidateKind.Iban => IbanJudge.Judge(context, c, quote),
                CandidateKind.Phone => PhoneJudge.Judge(context, c, quote),
                CandidateKind.Email => EmailJudge.Judge(context, c, quote),
                CandidateKind.Address => AddressJudge.Judge(context, c, quote),
                CandidateKind.BirthDate => BirthDateJudge.Judge(quote),
                _ => null,
            };
            if (message is not null)
            {
                findings.Add(new Finding(Categories.PersonalData, Severity.Block, Protocol.BG5.Id, start, end, message));
                blocked = true;
                reported++;
            }
        }

        if (!blocked && LegibleAttachmentJudge.ShowsPersonalData(context))
        {
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, Protocol.BG5.Id, null, null,
                $"Op de bijlage zijn persoonsgegevens te lezen. Maak ze onleesbaar of kies een andere afbeelding: {Privacy.Reason}."));
            blocked = true;
        }

        if (!blocked && AgeTodayJudge.Find(context) is { } age)
        {
            var (start, end) = context.SpanOf(age.First, age.Last);
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, Protocol.BG5.Id, start, end, AgeTodayJudge.Judge(context.Quote(start, end))));
            blocked = true;
        }

        if (SensitiveFactJudge.Find(context) is { } fact)
        {
            var (start, end) = context.SpanOf(fact.Match);
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, Protocol.BG5.Id, start, end,
                $"Je deelt gevoelige informatie over {SensitiveFactJudge.What(fact.Match.Entry.Tag)} van {fact.Who} (\"{context.Quote(start, end)}\"). Haal dit weg; bespreek zoiets alleen persoonlijk: {Privacy.Reason}."));
            blocked = true;
        }

        if (!blocked)
        {
            NamedStudentJudge.Add(context, findings);
        }
    }

    private static List<Candidate> Candidates(CheckContext context)
    {
        var folded = context.Text.Folded;
        var candidates = new List<Candidate>();
        if (folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            NumberScanner.Scan(folded, candidates);
            AddressScanner.Scan(context.Tokens, candidates);
            BirthDateScanner.Scan(folded, context.Tokens, candidates);
        }

        if (folded.Contains('@', StringComparison.Ordinal) || context.Tokens.Exists(t => t.Key is "at" or "apenstaartje"))
        {
            EmailScanner.Scan(folded, context.Tokens, candidates);
        }

        SpelledDigits.Scan(context.Tokens, candidates);
        return candidates;
    }
}
