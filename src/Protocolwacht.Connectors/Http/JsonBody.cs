using System.Text.Json;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Tolerant reading of platform JSON: a body that is not JSON (or holds a string that is no text), or
/// lacks a field, yields null.
/// </summary>
internal static class JsonBody
{
    public static JsonElement? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Decodes(document.RootElement) ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Every string and property name must be text: an escaped lone surrogate ("\ud800") is valid JSON,
    // but reading it (GetString, even TryGetProperty) throws. Such a body is as unreadable as one that is not JSON.
    private static bool Decodes(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(Decodes);
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(p => p.Name is not null && Decodes(p.Value));
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Follows object properties; returns the value as text for strings and numbers.</summary>
    public static string? String(JsonElement? element, params string[] path)
    {
        var current = Walk(element, path);
        return current?.ValueKind switch
        {
            JsonValueKind.String => current.Value.GetString(),
            JsonValueKind.Number => current.Value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static JsonElement? Walk(JsonElement? element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static IEnumerable<JsonElement> Array(JsonElement? element, params string[] path) =>
        Walk(element, path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static DateTimeOffset? Time(JsonElement? element, params string[] path) =>
        DateTimeOffset.TryParse(String(element, path), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
