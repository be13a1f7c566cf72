namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Whether a value a platform sent (a session or access token) can be sent back in a header: HttpClient
/// refuses line breaks and NUL there with a FormatException, which would escape the connector.
/// </summary>
internal static class HeaderValue
{
    public static bool IsUsable(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.AsSpan().IndexOfAny('\r', '\n', '\0') < 0;
}
