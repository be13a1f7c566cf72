using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A delivery's stored reason (<c>Delivery.LastError</c>) as the post page shows it: the Dutch explanation, with what the
/// author can do, in the open; the platform's own words, usually English, folded away under "Melding van het platform"
/// for whoever needs them (the beheerder, the platform's support). The connectors write both as one sentence ending in
/// <c> Melding van {platform}: "…"</c> (<c>ProblemMapping.WithPlatformMessage</c>); a reason without it is all explanation.
/// </summary>
public sealed partial record DeliveryProblem(string Explanation, string? PlatformMessage)
{
    public static DeliveryProblem Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var match = WithPlatformMessage().Match(reason);
        return match.Success
            ? new(match.Groups["explanation"].Value, match.Groups["message"].Value)
            : new(reason, null);
    }

    [GeneratedRegex("""^(?<explanation>.+?) Melding van [^:"]+: "(?<message>.*)"$""", RegexOptions.Singleline | RegexOptions.CultureInvariant, 100)]
    private static partial Regex WithPlatformMessage();
}
