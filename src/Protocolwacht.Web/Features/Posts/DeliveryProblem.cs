namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A delivery's stored reason (<c>Delivery.LastError</c>) as the post page shows it: the Dutch explanation, with what the
/// author can do, in the open; the platform's own words, usually English, folded away under "Melding van het platform"
/// for whoever needs them (the beheerder, the platform's support). The connectors write both as one sentence ending in
/// <c> Melding van {platform}: "…"</c> (<c>ProblemMapping.WithPlatformMessage</c>); a reason without it is all explanation.
/// </summary>
/// <remarks>
/// Read with plain string searches, one pass, no regular expression: the reason is rendered on every post page, in mail
/// and after every step on the post, and a regular expression's match timeout (wall clock) fired on a busy server and
/// turned a deletion request into a 500.
/// </remarks>
public sealed record DeliveryProblem(string Explanation, string? PlatformMessage)
{
    private const string Marker = " Melding van ";

    public static DeliveryProblem Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);

        // The first " Melding van {platform}: "…"" that closes the reason, after a non-empty explanation; the
        // platform's name holds no colon or quote, its words anything up to the closing quote.
        for (var at = NextMarker(reason, 1); at > 0; at = NextMarker(reason, at + 1))
        {
            if (PlatformWordsAfter(reason, at + Marker.Length) is { } message)
            {
                return new(reason[..at], message);
            }
        }

        return new(reason, null);
    }

    private static int NextMarker(string reason, int from) =>
        from < reason.Length ? reason.IndexOf(Marker, from, StringComparison.Ordinal) : -1;

    private static string? PlatformWordsAfter(string reason, int nameStart)
    {
        var colon = reason.IndexOfAny([':', '"'], nameStart);
        var wordsStart = colon + 3;
        var closing = reason.Length - 1;
        var named = colon > nameStart && reason[colon] == ':';
        return named && wordsStart <= closing && reason[colon + 1] == ' ' && reason[colon + 2] == '"' && reason[closing] == '"'
            ? reason[wordsStart..closing]
            : null;
    }
}
