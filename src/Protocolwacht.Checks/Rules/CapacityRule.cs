using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// R2/R6/DO1: on a personal account, a post about education, the school or Konot should make clear whether
/// the author speaks personally or on behalf of Konot (advice). Board members and school leaders always
/// represent Konot (R6): their opinion on education or Konot on a personal account is doubt, disclaimer or
/// not. A post that says it speaks on behalf of the school ("namens …") is not a private opinion.
/// </summary>
internal sealed class CapacityRule : ICheckRule
{
    public string Category => Categories.Capacity;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.R2, Protocol.R6, Protocol.DO1];

    private readonly CheckResources _resources;
    private readonly HashSet<string> _organisationWords;

    public CapacityRule(CheckResources resources)
    {
        _resources = resources;
        _organisationWords = new HashSet<string>(StringComparer.Ordinal);
        var organisation = resources.Organisation;
        foreach (var name in organisation.Schools.Select(s => s.Name).Append(organisation.Board.Name))
        {
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Term.KeyOf(word);
                if (key.Length >= 4 && key is not ("sint" or "basisschool" or "kindcentrum" or "school"))
                {
                    _organisationWords.Add(key);

                    // "Sint Jozefschool" is also called "Sint Jozef".
                    if (key.EndsWith("school", StringComparison.Ordinal) && key.Length > 9)
                    {
                        _organisationWords.Add(key[..^6]);
                    }
                }
            }
        }
    }

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        // A complaint about one's own work or organisation, or its internal news, is about the school whatever its words:
        // the spec asks the author to say in what capacity they speak on every such post (convention 2).
        var complaint = findings.Find(f => f.Category == Categories.HarmfulStatement && f.Severity == Severity.Doubt && f.Start is not null);
        if (context.Request.Account.Kind != AccountKind.Personal
            || !(AboutEducation(context) || complaint is not null || findings.Exists(f => f.Category == Categories.Confidential) || HarmAtSchool(context, findings)))
        {
            return;
        }

        var disclaimed = DisclaimerSpan(context);
        var onBehalf = context.Any(_resources.Capacity, "namens");
        if (onBehalf && disclaimed is null)
        {
            return;
        }

        var leader = Representation.Leads(context);

        // A leader criticising the own organisation speaks for Konot as much as with an opinion (convention 1): the
        // complaint's span is the opinion.
        (int, int)? opinionSpan = null;
        if (FirstOpinion(context) is { } opinion)
        {
            opinionSpan = context.SpanOf(opinion);
        }
        else if (complaint is { Start: { } from, End: { } to })
        {
            opinionSpan = (from, to);
        }
        else if (ContrastedCourse.Find(context) is { } contrast)
        {
            opinionSpan = contrast;
        }
        else if (leader && InsultOfOrganisation(context, findings) is { Start: { } insultFrom, End: { } insultTo })
        {
            opinionSpan = (insultFrom, insultTo);
        }

        // A leader who disclaims speaks a view: "Persoonlijke mening: …", "Op persoonlijke titel: …" before a post about
        // education is the opinion R6 asks them to weigh, disclaimer or not (convention 1); thanks and congratulations stay news.
        if (leader && opinionSpan is null && disclaimed is not null && (context.PostClasses & ThanksOrCongratulations) == 0)
        {
            opinionSpan = disclaimed;
        }

        if (leader && opinionSpan is { } span)
        {
            var (start, end) = span;
            var quote = context.Quote(start, end);

            // Two whole sentences, not one with the role swapped in: the web app's English templates match a message
            // whole, and "lid van het College van Bestuur" as a part of its own would collide with the posting-rights
            // reason's "lid van het college van bestuur" (resource names ignore case).
            findings.Add(new Finding(Categories.Capacity, Severity.Doubt, Protocol.R6.Id, start, end, context.Author!.Role == StaffRole.Cvb
                ? $"Als lid van het College van Bestuur ben je altijd vertegenwoordiger van Konot, ook met een privé-mening (\"{quote}\"). Vraag je leidinggevende om advies voordat je dit plaatst: bij twijfel niet publiceren ({Protocol.R6.Title})."
                : $"Als schoolleider ben je altijd vertegenwoordiger van Konot, ook met een privé-mening (\"{quote}\"). Vraag je leidinggevende om advies voordat je dit plaatst: bij twijfel niet publiceren ({Protocol.R6.Title})."));
            return;
        }

        if (disclaimed is null && !onBehalf)
        {
            findings.Add(new Finding(Categories.Capacity, Severity.Advice, Protocol.R2.Id, null, null,
                $"Dit bericht gaat over onderwijs, je school of Konot. Maak duidelijk of je op persoonlijke titel schrijft of namens Konot, bijvoorbeeld met \"Persoonlijke mening, niet namens mijn werkgever\" ({Protocol.R2.Title}; {Protocol.DO1.Title})."));
        }
    }

    // A post blocked or doubted as harmful about someone at school is about the school as much as a complaint is
    // (convention 2: "also when the post is blocked for something else"): a colleague by role ("die invaljuf"), or a family
    // member who is also a person of the school (`kin` and `school-person`, not a child: a parent or grandparent)
    // pointed at with a demonstrative ("die vader", "die agressieve vader"), as a teacher points at a pupil's parent. Only a doubt with a span counted before, so threats and insults of the people of the school lost the advice.
    private static bool HarmAtSchool(CheckContext context, List<Finding> findings)
    {
        if (!findings.Exists(f => f.Category == Categories.HarmfulStatement))
        {
            return false;
        }

        var t = context.Tokens;
        var c = context.Classes;
        for (var k = 0; k < t.Count; k++)
        {
            if ((c[k] & Colleague) != 0 || ((c[k] & Harmful.Words.Kin) != 0 && (c[k] & Harmful.Words.SchoolPerson) != 0 && (c[k] & Pupil) == 0 && PointedAt(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    // Stop 55 (lead): a leader who calls the board names ("Van mij mag het hele bestuur opdonderen. Stelletje
    // zakkenvullers.") criticises Konot more than a complaint does; the insult, blocked already, is the opinion R6 weighs.
    private static Finding? InsultOfOrganisation(CheckContext context, List<Finding> findings) =>
        (context.PostClasses & Harmful.Words.OrganisationTarget) == 0
            ? null
            : findings.Find(f => f.Category == Categories.HarmfulStatement && f.Severity == Severity.Block && f.Start is not null);

    // "die vader", "die agressieve vader": a demonstrative right before, or before one adjective.
    private static bool PointedAt(List<Normalisation.Token> t, int k) =>
        (k > 0 && t[k - 1].Key is "die" or "deze") || (k > 1 && t[k - 2].Key is "die" or "deze" && t[k - 1].Key.EndsWith('e'));

    private static readonly ClassMask Colleague = Language.WordClasses.Default.Mask("staff-role");

    // "mijn kind" is the author's own child; pupils and classes are topics already ("leerling*", "groep 8").
    private static readonly ClassMask Pupil = Language.WordClasses.Default.Mask("pupil");

    // Where the post says the author speaks personally: the capacity lexicon's disclaimer, or "Persoonlijk: ..." (or
    // "Privé") at the very start.
    private (int Start, int End)? DisclaimerSpan(CheckContext context)
    {
        foreach (var m in context.Matches(_resources.Capacity))
        {
            if (m.Entry.Tag == "disclaimer")
            {
                return context.SpanOf(m);
            }
        }

        return context.Tokens.Count > 1 && context.Tokens[0].Key is "persoonlijk" or "prive" ? (context.Tokens[0].Start, context.Tokens[0].End) : null;
    }

    private static readonly ClassMask ThanksOrCongratulations = Language.WordClasses.Default.Mask("thanks") | Language.WordClasses.Default.Mask("congratulation");

    private LexiconMatch? FirstOpinion(CheckContext context)
    {
        foreach (var m in context.Matches(_resources.Capacity))
        {
            if (m.Entry.Tag == "opinion")
            {
                return m;
            }
        }

        return null;
    }

    private bool AboutEducation(CheckContext context)
    {
        // A student or colleague from the roster makes it a post about school too.
        if (context.Matches(_resources.Topics).Count > 0 || context.People.Exists(p => p.Kind != PersonalData.PersonKind.Parent))
        {
            return true;
        }

        foreach (var t in context.Tokens)
        {
            if (_organisationWords.Contains(t.Key))
            {
                return true;
            }
        }

        return false;
    }
}
