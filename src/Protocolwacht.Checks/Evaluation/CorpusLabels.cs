using System.Text.Json;

namespace Protocolwacht.Checks.Evaluation;

/// <summary>
/// Reads the labels of a corpus line (<c>"expected": {"verdict", "categories"}</c> and <c>"advice"</c>,
/// see shared/spec/protocol-checks.md). The rest of the line is an ordinary batch input line.
/// </summary>
public static class CorpusLabels
{
    /// <returns>The labels, or null with <paramref name="error"/> in Dutch when the line has none or they are malformed.</returns>
    public static ExpectedLabels? Parse(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("expected", out var expected)
                || expected.ValueKind != JsonValueKind.Object)
            {
                error = "het veld 'expected' ontbreekt of is geen object";
                return null;
            }

            if (!expected.TryGetProperty("verdict", out var verdictElement) || !Codes.TryParseVerdict(verdictElement.ValueKind == JsonValueKind.String ? verdictElement.GetString() : null, out var verdict))
            {
                error = "'expected.verdict' moet allow, doubt of block zijn";
                return null;
            }

            var categories = Strings(expected, "categories", "expected.categories", out error);
            var advice = error is null ? Strings(root, "advice", "advice", out error) : null;
            return error is null ? new ExpectedLabels(verdict, categories!, advice!) : null;
        }
        catch (JsonException ex)
        {
            // The parser's own message is English; the position is what helps the corpus's author (as BatchFormat says it).
            error = ex.BytePositionInLine is { } position ? $"geen geldige JSON bij teken {position + 1}" : "geen geldige JSON";
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // A string such as "\ud800" (GetString) or a caller's unpaired surrogate (Parse) is no text.
            error = "ongeldige tekst: een losse UTF-16-surrogaat (zoals \\ud800) is geen teken";
            return null;
        }
    }

    // An absent list means "none": corpus authors leave out empty advice.
    private static HashSet<string>? Strings(JsonElement parent, string name, string path, out string? error)
    {
        error = null;
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            error = $"'{path}' moet een lijst met categorieën zijn";
            return null;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                error = $"'{path}' mag alleen categorienamen bevatten";
                return null;
            }

            result.Add(item.GetString()!);
        }

        return result;
    }
}
