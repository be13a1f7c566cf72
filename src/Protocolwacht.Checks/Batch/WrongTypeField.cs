using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Protocolwacht.Checks.Batch;

/// <summary>
/// Names a field of a batch line whose JSON value has the wrong type ("text": 42). The serialiser's exception
/// for it has the same inner exception type as a lone surrogate in a string, so without this the author was
/// told about surrogates. The expected type comes from the DTOs' own serialisation metadata, so a field added
/// to <see cref="CheckRequestJson"/> is covered without a list to keep up to date.
/// </summary>
internal static class WrongTypeField
{
    /// <returns>A Dutch error naming the field, what it must be and what it is; null when the value at
    /// <paramref name="path"/> has the right JSON type (then something else is wrong with it) or cannot be found.</returns>
    public static string? Describe(JsonElement root, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var segments = Segments(path[1..]).ToList();
        return segments.Count == 0 ? null : Describe(root, typeof(CheckRequestJson), segments, 0, string.Empty);
    }

    // Follows the path down both the JSON and the DTO types. A name given twice ("account":{…},"account":{…}) is
    // followed into every value in order: the serialiser reads them in order and stops at the first that fails.
    private static string? Describe(JsonElement element, Type type, List<Segment> segments, int at, string field)
    {
        if (at == segments.Count)
        {
            return Fits(element, type) ? null : Message(field, element, type);
        }

        if (segments[at] is Index index)
        {
            return ListItem(type) is { } item && element.ValueKind == JsonValueKind.Array && index.Value < element.GetArrayLength()
                ? Describe(element[index.Value], item, segments, at + 1, $"{field}[{index.Value}]")
                : null;
        }

        var name = ((Name)segments[at]).Value;
        var property = ObjectInfo(type)?.Properties.FirstOrDefault(p => p.Name == name);
        if (property is null || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var value in element.EnumerateObject().Where(p => p.NameEquals(name)).Select(p => p.Value))
        {
            if (Describe(value, property.PropertyType, segments, at + 1, field.Length == 0 ? name : $"{field}.{name}") is { } message)
            {
                return message;
            }
        }

        return null;
    }

    private static string Message(string field, JsonElement element, Type type) =>
        // A number where a count belongs is shown as it was written (1.5, 1e400): "geen getal" would read as nonsense.
        element.ValueKind == JsonValueKind.Number && Underlying(type) == typeof(int)
            ? $"'{field}' moet {Expected(type)} zijn, niet {Shortened(element.GetRawText())}"
            : $"'{field}' moet {Expected(type)} zijn, geen {Actual(element.ValueKind)}";

    private abstract record Segment;

    private sealed record Name(string Value) : Segment;

    private sealed record Index(int Value) : Segment;

    // "$.attachments[0].depicts[1]" without the "$": property names after a dot, list positions in brackets.
    private static IEnumerable<Segment> Segments(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return new Name(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0 && int.TryParse(path.AsSpan(i + 1, close - i - 1), out var index))
            {
                yield return new Index(index);
                i = close + 1;
            }
            else
            {
                // A quoted name ($['odd name']) is never one of ours: stop, and Step fails on it.
                yield return new Name(path[i..]);
                yield break;
            }
        }
    }

    private static JsonTypeInfo? ObjectInfo(Type type) =>
        CheckJsonContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info ? info : null;

    private static Type? ListItem(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool Fits(JsonElement element, Type type)
    {
        var target = Underlying(type);
        return element.ValueKind switch
        {
            JsonValueKind.Null => !target.IsValueType || target != type,
            JsonValueKind.String => target == typeof(string),
            // 1.5 or 1e400 where a count belongs is as wrong as a string there.
            JsonValueKind.Number => target == typeof(int) && element.TryGetInt32(out _),
            JsonValueKind.True or JsonValueKind.False => target == typeof(bool),
            JsonValueKind.Array => ListItem(target) is not null,
            JsonValueKind.Object => ObjectInfo(target) is not null,
            _ => false,
        };
    }

    private static string Expected(Type type)
    {
        var target = Underlying(type);
        return target == typeof(string) ? "een tekenreeks (tekst tussen aanhalingstekens)"
            : target == typeof(int) ? "een geheel getal"
            : target == typeof(bool) ? "true of false"
            : ListItem(target) is { } item ? $"een lijst [...] van {Plural(item)}"
            : "een object {...}";
    }

    private static string Plural(Type item) =>
        Underlying(item) == typeof(string) ? "tekenreeksen" : "objecten";

    private static string Shortened(string number) => number.Length <= 24 ? number : number[..21] + "...";

    private static string Actual(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "tekenreeks",
        JsonValueKind.Number => "getal",
        JsonValueKind.True or JsonValueKind.False => "true of false",
        JsonValueKind.Array => "lijst",
        JsonValueKind.Object => "object",
        JsonValueKind.Null => "null",
        _ => "waarde",
    };
}
