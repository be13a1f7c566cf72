using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A roster pupil named in the text whose consent to be named on social media (<see cref="Domain.Organisation.Student.NameConsent"/>,
/// not the photo consent) is not true: doubt (consent true: fine).
/// </summary>
internal static class NamedStudentJudge
{
    public static void Add(CheckContext context, List<Finding> findings)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.People)
        {
            if (mention.Student is not { } student || student.NameConsent == true || !reported.Add(student.Id))
            {
                continue;
            }

            var (start, end) = context.SpanOf(mention.First, mention.Last);
            var consent = student.NameConsent == false ? "geen toestemming gegeven" : "geen toestemming vastgelegd";
            findings.Add(new Finding(Categories.PersonalData, Severity.Doubt, Protocol.BG5.Id, start, end,
                $"Je noemt de leerling {student.Name}; voor deze leerling is {consent} om met naam op social media te komen. Laat de naam weg of vraag eerst toestemming: {Privacy.Reason}."));
        }
    }
}
