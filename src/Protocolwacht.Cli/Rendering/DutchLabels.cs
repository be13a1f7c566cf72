using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Cli.Rendering;

/// <summary>How verdicts and severities read for a Dutch author; the English codes stay visible beside them.</summary>
internal static class DutchLabels
{
    public static string Dutch(this Verdict verdict) => verdict switch
    {
        Verdict.Allow => "toegestaan",
        Verdict.Doubt => "twijfel",
        Verdict.Block => "geblokkeerd",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static string Meaning(this Verdict verdict) => verdict switch
    {
        Verdict.Allow => "dit bericht mag geplaatst worden.",
        Verdict.Doubt => "niet plaatsen voordat je leidinggevende advies heeft gegeven en akkoord is (bij twijfel niet publiceren).",
        Verdict.Block => "niet plaatsen; pas het bericht eerst aan.",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static string Dutch(this Severity severity) => severity switch
    {
        Severity.Advice => "advies",
        Severity.Doubt => "twijfel",
        Severity.Block => "blokkeren",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
