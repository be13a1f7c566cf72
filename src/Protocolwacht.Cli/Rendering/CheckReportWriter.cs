using Protocolwacht.Checks;

namespace Protocolwacht.Cli.Rendering;

/// <summary>The human-readable result of <c>protocolwacht check "tekst"</c>.</summary>
internal sealed class CheckReportWriter(TextWriter output, bool colour)
{
    private readonly SpanHighlighter _highlighter = new(colour);

    public void Write(string text, CheckResult result)
    {
        output.WriteLine($"Oordeel: {result.Verdict.Dutch()} ({result.Verdict.ToCode()}): {result.Verdict.Meaning()}");
        if (result.Findings.Count == 0)
        {
            output.WriteLine("Geen bevindingen.");
            return;
        }

        var number = 0;
        foreach (var finding in result.Findings)
        {
            number++;
            output.WriteLine();
            output.WriteLine($"{number}. {CategoryNames.Of(finding.Category)} ({finding.Category}) · {finding.Severity.Dutch()} · {finding.Guideline}");
            output.WriteLine($"   {finding.Message}");
            if (finding.Start is int start && finding.End is int end && _highlighter.Excerpt(text, start, end) is { } excerpt)
            {
                output.WriteLine($"   In de tekst: {excerpt}");
            }

            if (!string.IsNullOrWhiteSpace(finding.GuidelineText))
            {
                output.WriteLine($"   Protocol ({finding.Guideline}): {finding.GuidelineText}");
            }
        }
    }
}
