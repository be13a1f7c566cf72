using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DONT2 "te populair taalgebruik": chat slang and abbreviations, street slang, and shouting (long runs
/// in capitals, or "!!!"). Doubt on the board's and schools' accounts, advice on a personal account.
/// </summary>
internal sealed class InformalLanguageRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.InformalLanguage;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT2];

    private static string Advice => Protocol.DONT2.Title;

    // A capitalised word inside a sentence ("het lied 'Lit de Parade'") is a name or a title, not slang;
    // all capitals ("LOL") is still slang.
    private static bool IsNameOrTitle(CheckContext context, int index)
    {
        var token = context.Tokens[index];
        if (!token.Has(Normalisation.TokenFlags.Capitalised) || index == 0 || context.Tokens[index - 1].Sentence != token.Sentence)
        {
            return false;
        }

        var (start, end) = context.SpanOf(index, index);
        var text = context.Request.Text;
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var severity = context.Request.Account.Kind == AccountKind.Personal ? Severity.Advice : Severity.Doubt;
        var words = new List<string>();
        int? start = null;
        int? end = null;
        foreach (var match in context.Matches(resources.Slang))
        {
            if (words.Count == 5)
            {
                break;
            }

            if (IsNameOrTitle(context, match.First))
            {
                continue;
            }

            var (s, e) = context.SpanOf(match);
            start ??= s;
            end = e;
            var word = context.Quote(s, e);
            if (!words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(word);
            }
        }

        if (words.Count > 0)
        {
            findings.Add(new Finding(Categories.InformalLanguage, severity, Protocol.DONT2.Id, start, end,
                $"Je gebruikt chattaal of straattaal ({string.Join(", ", words.Take(5))}). Schrijf het voluit en in gewone taal: geen te populair taalgebruik ({Advice})."));
        }

        var shout = Shouting.Find(context.Request.Text);
        if (shout is { } span && words.Count == 0)
        {
            findings.Add(new Finding(Categories.InformalLanguage, severity, Protocol.DONT2.Id, span.Start, span.End,
                $"Je tekst schreeuwt (hoofdletters of veel uitroeptekens: \"{context.Quote(span.Start, span.End)}\"). Schrijf in gewone zinnen met één leesteken: geen te populair taalgebruik ({Advice})."));
        }
    }
}
