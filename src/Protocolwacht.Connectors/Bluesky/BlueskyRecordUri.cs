namespace Protocolwacht.Connectors.Bluesky;

/// <summary>
/// The parts of a record's AT URI, <c>at://{did}/{collection}/{rkey}</c>, which is what the
/// connector returns as the platform post id.
/// </summary>
internal sealed record BlueskyRecordUri(string Repo, string Collection, string RecordKey)
{
    public static BlueskyRecordUri? Parse(string value)
    {
        const string scheme = "at://";
        if (!value.StartsWith(scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[scheme.Length..].Split('/');
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? new BlueskyRecordUri(parts[0], parts[1], parts[2]) : null;
    }
}
