using Protocolwacht.Checks.Guidelines;
namespace Protocolwacht.Checks.Rules;

/// <summary>
/// BG4/BG5/R10: an image or video that shows students. Consent false → block; consent unknown, a student
/// not on the roster, or recognisable unidentified people → doubt.
/// </summary>
internal sealed class ImageConsentRule : ICheckRule
{
    public string Category => Categories.ImageConsent;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.BG5];

    private readonly (string Id, string[] Keys)[] _studentNames;

    public ImageConsentRule(CheckResources resources)
    {
        _studentNames = [.. resources.Organisation.Students.Select(s => (s.Id, s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lexicons.Term.KeyOf).ToArray()))];
    }

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        foreach (var attachment in context.Request.Attachments)
        {
            var refused = new List<string>();
            var unknown = new List<string>();
            foreach (var id in Depicted(context, attachment))
            {
                var student = context.Organisation.FindStudent(id);
                if (student is null || !context.MaySee(student))
                {
                    // Answered as for an id nobody knows, so the reader learns nothing about pupils they may not see.
                    unknown.Add(id);
                }
                else if (student.SocialMediaConsent == false)
                {
                    refused.Add(student.Name);
                }
                else if (student.SocialMediaConsent is null)
                {
                    unknown.Add(student.Name);
                }
            }

            if (refused.Count > 0)
            {
                findings.Add(new Finding(Categories.ImageConsent, Severity.Block, Protocol.BG5.Id, null, null,
                    $"Op {What(attachment)} staat {Names(refused)}, zonder toestemming voor beeldgebruik op social media. Verwijder de afbeelding of kies een beeld zonder deze leerling: de privacy van anderen wordt gerespecteerd ({Protocol.BG5.Title})."));
            }

            if (unknown.Count > 0)
            {
                findings.Add(new Finding(Categories.ImageConsent, Severity.Doubt, Protocol.BG5.Id, null, null,
                    $"Op {What(attachment)} staat {Names(unknown)}; van deze leerling is geen toestemming voor beeldgebruik bekend. Controleer de toestemming of laat de leerling onherkenbaar ({Protocol.BG5.Title})."));
            }

            if (attachment.UnidentifiedPeople > 0)
            {
                findings.Add(new Finding(Categories.ImageConsent, Severity.Doubt, Protocol.BG5.Id, null, null,
                    $"Op {What(attachment)} zijn {attachment.UnidentifiedPeople} herkenbare personen van wie geen toestemming bekend is. Vraag toestemming of maak ze onherkenbaar ({Protocol.BG5.Title})."));
            }
        }
    }

    // A Dutch list: "Noah", "Noah en Emma", "Noah, Emma en Sara". Only the last two are joined with "en", so the Web layer's
    // English template for two names ("{1} en {2}") reads three or more as "Noah, Emma and Sara" rather than keeping an "en".
    private static string Names(List<string> names) =>
        names.Count <= 2 ? string.Join(" en ", names) : $"{string.Join(", ", names[..^1])} en {names[^1]}";

    // The declared students, plus roster students the description names in full ("Emma de Wit op het podium").
    private List<string> Depicted(CheckContext context, AttachmentInfo attachment)
    {
        var ids = new List<string>(attachment.Depicts ?? []);
        if (string.IsNullOrWhiteSpace(attachment.Description))
        {
            return ids;
        }

        var text = Normalisation.NormalisedText.Create(attachment.Description);
        var tokens = Normalisation.Tokenizer.Tokenize(text);
        foreach (var (id, keys) in _studentNames)
        {
            if (!ids.Contains(id) && context.Organisation.FindStudent(id) is { } student && context.MaySee(student) && NamesInFull(tokens, keys))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static bool NamesInFull(List<Normalisation.Token> tokens, string[] keys)
    {
        for (var i = 0; i + keys.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < keys.Length && all; k++)
            {
                all = tokens[i + k].Key == keys[k];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string What(AttachmentInfo a) => a.Kind switch
    {
        "video" => "de video",
        "image" => "de foto",
        _ => "de bijlage",
    };
}
