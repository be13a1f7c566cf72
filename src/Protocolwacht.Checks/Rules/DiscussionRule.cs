using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// R4/DONT4: a reply to a student or parent that argues, defends, corrects or explains the matter on social
/// media instead of only inviting them to continue offline. Thanks, a warm answer without a dispute, and a
/// plain redirect to offline contact are fine. Replies to staff or the public are never discussion.
/// </summary>
internal sealed class DiscussionRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.Discussion;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT4, Protocol.R4];

    // A practical question ("Wanneer is de ouderavond?") may simply be answered, and so may a "waarom" about the building
    // or the day ("Waarom is de gymzaal dicht?" - "omdat de vloer gelakt wordt"); a complaint may not, nor a "waarom"
    // answered with a rule held against the asker ("de regel geldt voor iedereen").
    private bool Disputed(CheckContext context)
    {
        var text = context.Request.ReplyTo?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var incoming = resources.Discussion.FindAll(Tokenizer.Tokenize(NormalisedText.Create(text)));

        // "Milan is zijn jas kwijt, waar kan ik zoeken?": a question of when, where or which with nothing but weak
        // complaint words in it asks for a fact; without "waarom" or "hoezo" answering it is no dispute (convention 11).
        var practical = incoming.Exists(m => m.Entry.Tag == "practical") && !incoming.Exists(m => m.Entry.Tag == "question" && m.Entry.Source is "waarom" or "hoezo");
        return incoming.Exists(m => m.Entry.Tag == "incoming" || (m.Entry.Tag == "incoming-weak" && !practical))
            || (incoming.Exists(m => m.Entry.Tag == "question") && context.Any(resources.Discussion, "rule"));
    }

    // In a disputed reply, a rule (the lexicon's `rule`) after a contrast word, in its sentence or the next: "…, maar wie zijn huiswerk
    // vergeet, maakt het af. Dat geldt voor iedereen."
    private LexiconMatch? RuleAfterContrast(CheckContext context)
    {
        var tokens = context.Tokens;
        var contrast = tokens.FindIndex(t => t.Key is "maar" or "toch" or "echter");
        if (contrast < 0)
        {
            return null;
        }

        foreach (var m in context.Matches(resources.Discussion))
        {
            // "De afspraak is echter dat …": "echter" stands inside the clause it contrasts, after its verb.
            var inside = tokens[contrast].Key == "echter" && tokens[m.First].Sentence == tokens[contrast].Sentence && contrast - m.Last <= 2;
            if (m.Entry.Tag == "rule" && (m.First > contrast || inside) && tokens[m.First].Sentence <= tokens[contrast].Sentence + 1)
            {
                return m;
            }
        }

        return null;
    }

    private static readonly string Cite = $"ga niet in discussie met ouder of leerling; neem liever offline contact op ({Protocol.DONT4.Title}; {Protocol.R4.Title})";

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        if (!context.IsReplyToStudentOrParent)
        {
            return;
        }

        var disputed = Disputed(context);
        LexiconMatch? argue = null;
        var redirect = false;
        var thanks = false;
        foreach (var m in context.Matches(resources.Discussion))
        {
            switch (m.Entry.Tag)
            {
                case "argue":
                    argue ??= m;
                    break;
                case "argue-weak" when disputed:
                    argue ??= m;
                    break;
                case "redirect":
                    redirect = true;
                    break;
                case "thanks":
                    thanks = true;
                    break;
            }
        }

        // "Dank voor uw bericht, maar de regel is nu eenmaal …": thanks first, then a rule held against the asker after
        // "maar", "toch" or "echter" is still defending the rule online.
        if (disputed)
        {
            argue ??= RuleAfterContrast(context);
        }

        if (argue is { } a)
        {
            var (start, end) = context.SpanOf(a);
            findings.Add(new Finding(Categories.Discussion, Severity.Doubt, Protocol.DONT4.Id, start, end,
                $"Je gaat in je reactie in op de kwestie (\"{context.Quote(start, end)}\"). Corrigeer of verdedig niet online: bedank voor het bericht en nodig uit voor een gesprek op school of per telefoon; {Cite}."));
            return;
        }

        if (EchoDenial.Find(context) is { } denied)
        {
            var (start, end) = context.SpanOf(denied.First, denied.Last);
            findings.Add(new Finding(Categories.Discussion, Severity.Doubt, Protocol.DONT4.Id, start, end,
                $"Je gaat in je reactie in op de kwestie (\"{context.Quote(start, end)}\"). Corrigeer of verdedig niet online: bedank voor het bericht en nodig uit voor een gesprek op school of per telefoon; {Cite}."));
            return;
        }

        if (redirect || thanks)
        {
            return;
        }

        if (disputed && context.Tokens.Count > 0)
        {
            findings.Add(new Finding(Categories.Discussion, Severity.Doubt, Protocol.R4.Id, null, null,
                $"Je reageert inhoudelijk op een vraag of klacht van een {(context.Request.ReplyTo?.Role == ReplyRole.Student ? "leerling" : "ouder")}. Beantwoord dit niet online: nodig uit voor een gesprek op school of per telefoon; {Cite}."));
        }
    }
}
