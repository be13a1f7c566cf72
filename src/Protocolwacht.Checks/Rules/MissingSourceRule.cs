using Protocolwacht.Checks.Guidelines;
namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DO2 "Maak je bronnen kenbaar": a claim from research, figures or a general trend without naming where it
/// comes from. Advice only. What the school reports about itself needs no source, so the claim markers
/// are about research and populations, not about "our" events.
/// </summary>
internal sealed class MissingSourceRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.MissingSource;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DO2];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        Lexicons.LexiconMatch? claim = null;
        foreach (var m in context.Matches(resources.Sources))
        {
            if (m.Entry.Tag == "source")
            {
                return;
            }

            claim ??= m.Entry.Tag == "claim" ? m : null;
        }

        int? start = null;
        int? end = null;
        if (claim is { } c)
        {
            (start, end) = context.SpanOf(c);
        }
        else if (PercentAt(context.Request.Text) is { } p && !OwnFigure(context, p))
        {
            (start, end) = (p, p + 1);
        }
        else
        {
            return;
        }

        findings.Add(new Finding(Categories.MissingSource, Severity.Advice, Protocol.DO2.Id, start, end,
            $"Je noemt onderzoek, cijfers of een trend (\"{context.Quote(start.Value, end.Value)}\") zonder bron. Vermeld waar het vandaan komt, bijvoorbeeld \"(bron: …)\": maak je bronnen kenbaar ({Protocol.DO2.Title})."));
    }

    // "94% van onze leerlingen": a figure about the school itself needs no source.
    private static bool OwnFigure(CheckContext context, int at)
    {
        var sentence = -1;
        foreach (var t in context.Tokens)
        {
            if (t.Start <= at)
            {
                sentence = t.Sentence;
            }
        }

        foreach (var t in context.Tokens)
        {
            if (t.Sentence == sentence && t.Key is "onze" or "ons" or "eigen" or "we" or "wij")
            {
                return true;
            }
        }

        return false;
    }

    private static int? PercentAt(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '%' && char.IsAsciiDigit(text[i - 1]))
            {
                return i;
            }
        }

        return null;
    }
}
