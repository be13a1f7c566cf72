using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.PersonalData;
using Protocolwacht.Checks.Rules.PersonalDataJudges;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// R3/DONT5: internal or confidential information: anything marked internal or confidential, decisions not
/// yet announced, personnel matters (illness, dismissal, performance of a colleague), internal meetings,
/// budgets and reorganisation plans. Reads the text and what the author says is in the attachments.
/// </summary>
internal sealed partial class ConfidentialRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.Confidential;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.R3, Protocol.DONT5];

    private static readonly ClassMask Health = Nearby.Class("health");
    // The names of the organisation and its schools ("de nieuwe directeur van het Kompas" is ours).
    private readonly HashSet<string> _ownNames = NameWords(resources).Where(k => k.Length >= 4).ToHashSet(StringComparer.Ordinal);

    // The words of the schools' and the board's names, folded as a token's key is.
    private static IEnumerable<string> NameWords(CheckResources resources) =>
        resources.Organisation.Schools.Select(s => s.Name).Append(resources.Organisation.Board.Name)
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Term.KeyOf);

    private static readonly ClassMask StaffRole = Nearby.Class("staff-role");
    private static readonly ClassMask Publication = Nearby.Class("publication");
    private static readonly ClassMask School = Nearby.Class("organisation-target") | Nearby.Class("school-facility") | Nearby.Class("class-group") | Nearby.Class("first-possessive");

    private static readonly string Cite = $"publiceer geen vertrouwelijke informatie ({Protocol.R3.Title}) en verspreid geen interne informatie ({Protocol.DONT5.Title})";

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        // "Onze ib'er gaf een workshop over dyslexie": a colleague beside a health word that is the workshop's topic.
        var matches = context.Matches(resources.Confidential);
        // "Juf Fatima gaat met zwangerschapsverlof, zoals in de nieuwsbrief stond": announced leave (convention 8).
        var announced = SensitiveFactJudge.Announced(context);

        // "Namens Het Kompas: volgend jaar gaan we van tien naar negen groepen." on the school's account by its director: the
        // plan told on behalf of the school is its announcement, not a leak (stop 46 blocked it). A mark of secrecy still blocks.
        var announces = Representation.Announces(context, resources);

        // Review fix (fixchecks3): "De GMR praat donderdag over het samenvoegen … Iedereen is welkom op de ouderavond." on the
        // school's own account invites parents to the meeting: a plan the school puts before them, not one leaked.
        var invites = context.Request.Account.Kind == AccountKind.School && PublicMeeting(context);

        // A loop, not FindIndex with a lambda: the lambda captured the context, a closure and a delegate every check.
        var found = -1;
        for (var k = 0; k < matches.Count && found < 0; k++)
        {
            var m = matches[k];
            if (!(m.Entry.Tag == "personnel" && (context.Classes[m.Last] & Health) != 0 && HealthTopic.Is(context, m.Last))
                && !(announced && m.Entry.Tag == "personnel" && SensitiveFactJudge.LeaveWord(context, m.First, m.Last))
                && !LeaderElsewhere(context, m) && !SayingAtMeeting(context, m) && !SilenceAboutAHome(context, m)
                // A school leader or board member telling the formation's cut ("we moeten inleveren op de formatie") may be the
                // one who announces it, so it is no clear leak; with an opinion it is a capacity doubt by R6 (`CapacityRule`,
                // convention 1), told as news a capacity advice. A mark of secrecy ("pas na de meivakantie bekendgemaakt") or
                // of a decision just taken ("de knoop doorgehakt") still blocks.
                && !(m.Entry.Tag == "staffing" && Representation.Leads(context))
                && !(m.Entry.Tag is "staffing" or "plans" && announces)
                && !(m.Entry.Tag == "plans" && invites))
            {
                found = k;
            }
        }

        if (found >= 0)
        {
            var (start, end) = context.SpanOf(matches[found]);
            findings.Add(new Finding(Categories.Confidential, Severity.Block, Protocol.R3.Id, start, end,
                $"Dit lijkt interne of vertrouwelijke informatie (\"{context.Quote(start, end)}\"). Plaats het niet; wacht tot het officieel naar buiten is gebracht: {Cite}."));
            return;
        }

        // "Aantekeningen van het directieberaad: …": what a meeting of the leaders discussed, passed on.
        if (ManagementMeeting.Find(context) is { } meeting)
        {
            var (start, end) = context.SpanOf(meeting.First, meeting.Last);
            findings.Add(new Finding(Categories.Confidential, Severity.Block, Protocol.R3.Id, start, end,
                $"Dit lijkt interne of vertrouwelijke informatie (\"{context.Quote(start, end)}\"). Plaats het niet; wacht tot het officieel naar buiten is gebracht: {Cite}."));
            return;
        }

        if (RumourAboutAnOwnSchool(context) is { } rumour)
        {
            var (start, end) = context.SpanOf(rumour.First, rumour.Last);
            findings.Add(new Finding(Categories.Confidential, Severity.Block, Protocol.R3.Id, start, end,
                $"Dit lijkt interne of vertrouwelijke informatie (\"{context.Quote(start, end)}\"). Plaats het niet; wacht tot het officieel naar buiten is gebracht: {Cite}."));
            return;
        }

        if (context.Request.Attachments.Count > 0 && resources.Confidential.FindAll(context.DescriptionTokens).Count > 0)
        {
            findings.Add(new Finding(Categories.Confidential, Severity.Block, Protocol.R3.Id, null, null,
                $"De bijlage bevat interne of vertrouwelijke informatie. Plaats haar niet: {Cite}."));
            return;
        }

        // A colleague's health is a personnel matter too ("meester Jeroen is thuis met een burn-out").
        var examined = 0;
        foreach (var match in context.Matches(resources.Sensitive))
        {
            if (++examined > 50)
            {
                break;
            }

            // A colleague's family news ("juf Linda gaat scheiden", "meester Bas krijgt een tweeling") is a personnel matter
            // as their health is, until it has been announced ("zoals in de nieuwsbrief stond"). Thirty-fourth pass
            // (school30): a family word that is the subject of questions or a talk ("vragen over Veilig Thuis kunnen bij
            // hem terecht") is a topic, as a health word is.
            var family = match.Entry.Tag == "family";
            if ((match.Entry.Tag != "health" && !family) || HealthTopic.Is(context, match.First) || (family && Announced(context))
                || (announced && SensitiveFactJudge.LeaveWord(context, match.First, match.Last)))
            {
                continue;
            }

            var sentence = context.Tokens[match.First].Sentence;

            // "De zoon van onze conciërge ligt in het ziekenhuis": the relative's health, no personnel matter.
            if (IdentifiedPerson.RelativeInSentence(context, sentence))
            {
                continue;
            }

            // A roster colleague in the sentence, one greeted by name just before ("Welkom terug, Jeroen! Fijn dat
            // je …"), or one pointed out by role ("onze teamleider zit thuis met …").
            if (PersonalDataJudges.Mentions.StaffInSentence(context, sentence)
                || SensitiveFactJudge.Addressed(context, sentence)?.Kind == PersonKind.Staff
                || SensitiveFactJudge.OwnColleague(context, sentence) || RoleOfAnOwnSchool(context, sentence))
            {
                var (start, end) = context.SpanOf(match);
                var quote = context.Quote(start, end);

                // Two whole sentences, not one with a word swapped in: the English templates match the text whole.
                findings.Add(new Finding(Categories.Confidential, Severity.Block, Protocol.DONT5.Id, start, end, family
                    ? $"Je deelt een personeelszaak: de thuissituatie van een collega (\"{quote}\"). Laat dit weg; zoiets communiceert de directie intern: {Cite}."
                    : $"Je deelt een personeelszaak: de gezondheid van een collega (\"{quote}\"). Laat dit weg; zoiets communiceert de directie intern: {Cite}."));
                return;
            }
        }
    }

    // Twenty-seventh pass (rules23): "Zoals Bas zei in de teamvergadering: 'Rust in de klas begint bij jezelf.'": a meeting
    // named only as where a saying was heard tells nothing of the organisation that is not yet public; confidential is the
    // content (R3, DONT5), not the setting. Quoting a colleague is the quote rule's concern (DONT6). A meeting match counts
    // as the setting of a saying when a quoted passage opens in its sentence after it; minutes shared, news "nog niet
    // bekend" or a decision told are matches of their own and still block. The walk to the sentence's end stops after 40
    // words, as the lexicon's window does, so a long text without full stops is not walked once per match.
    private static bool SayingAtMeeting(CheckContext context, LexiconMatch match)
    {
        if (match.Entry.Tag != "meeting")
        {
            return false;
        }

        var tokens = context.Tokens;
        var last = match.Last;
        var sentence = tokens[last].Sentence;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == sentence && last - match.Last < 40)
        {
            last++;
        }

        var spans = context.QuoteSpans;
        var q = QuoteSpans.FirstClosingAfter(spans, tokens[match.Last].End);
        return q < spans.Count && spans[q].Open >= tokens[match.Last].End && spans[q].Open < tokens[last].End;
    }

    // A publication named in the post ("zoals in de nieuwsbrief stond") says the news is out.
    private static bool Announced(CheckContext context) => (context.PostClasses & Publication) != 0;

    // "Het schijnt dat de nieuwe directeur van de bibliotheek aardig is": a new leader of somewhere else is no news of the
    // school. The match ends at the role and "van" follows, with no word for the school, its people or "onze" after it.
    private bool LeaderElsewhere(CheckContext context, LexiconMatch match)
    {
        var tokens = context.Tokens;
        var k = match.Last;
        if (match.Entry.Tag != "secrecy" || (context.Classes[k] & StaffRole) == 0 || k + 2 >= tokens.Count || tokens[k + 1].Key != "van")
        {
            return false;
        }

        var whose = tokens[k + 2].Key is "de" or "het" or "een" && k + 3 < tokens.Count ? k + 3 : k + 2;
        return tokens[whose].Sentence == tokens[k].Sentence && (context.Classes[whose] & School) == 0
            && !tokens[whose].Key.Contains("school", StringComparison.Ordinal) && !_ownNames.Contains(tokens[whose].Key);
    }

    // An invitation to a meeting anywhere in the post: asked once per check, not per match.
    private static bool PublicMeeting(CheckContext context)
    {
        var tokens = context.Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Key is "welkom" or "ouderavond" or "uitnodiging" or "uitnodigen" or "inloop" or "inloopavond" or "informatieavond")
            {
                return true;
            }
        }

        return false;
    }
}
