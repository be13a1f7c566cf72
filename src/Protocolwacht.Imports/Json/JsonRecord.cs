using System.Globalization;
using System.Text.Json;

namespace Protocolwacht.Imports.Json;

/// <summary>
/// Reads the fields of one JSON record and collects a Dutch issue for every field that is missing or
/// of the wrong type, with the record's line and the field's JSON path. The exports are not ours, so
/// every field is optional unless the reader cannot do without it.
/// </summary>
internal sealed class JsonRecord(string fileName, int line, string basePath)
{
    private List<ImportIssue>? _issues;

    public IReadOnlyList<ImportIssue> Issues => (IReadOnlyList<ImportIssue>?)_issues ?? [];

    public bool HasIssues => _issues is { Count: > 0 };

    public int Line { get; } = line;

    public string PathOf(string relative) =>
        relative.Length == 0 ? basePath
        : basePath.Length == 0 ? relative.TrimStart('.')
        : relative[0] == '[' ? basePath + relative
        : $"{basePath}.{relative.TrimStart('.')}";

    public void Error(string relativePath, string message)
    {
        _issues ??= [];
        _issues.Add(new ImportIssue(fileName, Line, null, PathOf(relativePath), message));
    }

    /// <summary>A string field; null when absent or JSON null. A number is accepted as its text.</summary>
    public string? String(JsonElement parent, string name, string relativePath, bool required = false)
    {
        if (!TryGet(parent, name, out var value))
        {
            if (required)
            {
                Error(relativePath, $"Het veld '{name}' ontbreekt.");
            }

            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                if (required)
                {
                    Error(relativePath, $"Het veld '{name}' is leeg.");
                }

                return null;
            default:
                Error(relativePath, $"Het veld '{name}' moet tekst zijn, maar is {KindName(value.ValueKind)}.");
                return null;
        }
    }

    /// <summary>A whole number, written as a JSON number or as a string of digits (X writes ids as strings).</summary>
    public long? Int64(JsonElement parent, string name, string relativePath, bool required = false)
    {
        if (!TryGet(parent, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(relativePath, $"Het veld '{name}' ontbreekt.");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        Error(relativePath, $"Het veld '{name}' moet een geheel getal zijn, maar is {Describe(value)}.");
        return null;
    }

    public JsonElement? Object(JsonElement parent, string name, string relativePath, bool required = false) =>
        Typed(parent, name, relativePath, JsonValueKind.Object, "een object", required);

    public JsonElement? Array(JsonElement parent, string name, string relativePath, bool required = false) =>
        Typed(parent, name, relativePath, JsonValueKind.Array, "een lijst", required);

    public bool RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(string.Empty, $"{what} moet een JSON-object zijn, maar is {KindName(element.ValueKind)}.");
        return false;
    }

    private JsonElement? Typed(JsonElement parent, string name, string relativePath, JsonValueKind kind, string kindName, bool required)
    {
        if (!TryGet(parent, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(relativePath, $"Het veld '{name}' ontbreekt.");
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Error(relativePath, $"Het veld '{name}' moet {kindName} zijn, maar is {KindName(value.ValueKind)}.");
            return null;
        }

        return value;
    }

    private static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        value = default;
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value);
    }

    private static string Describe(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? $"'{Shorten(value.GetString() ?? string.Empty)}'"
        : KindName(value.ValueKind);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.String => "tekst",
        JsonValueKind.Number => "een getal",
        JsonValueKind.True or JsonValueKind.False => "ja/nee",
        JsonValueKind.Null => "leeg (null)",
        _ => "onbekend",
    };
}
