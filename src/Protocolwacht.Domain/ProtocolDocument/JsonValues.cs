using System.Text.Json;

namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// The protocol document's two non-text values (a section's <c>level</c>, a part's <c>coreValue</c>), held by its
/// DTOs as <see cref="object"/>: the serialiser reads such a value as a <see cref="JsonElement"/>, so parsing needs
/// no serialisation metadata over <c>int?</c> or <c>bool</c>, generic code over value types that ReadyToRun
/// cannot precompile (some 120 methods compiled at run time on the way to every checker's first check).
/// </summary>
internal static class JsonValues
{
    /// <summary>The level of a subsection, as written.</summary>
    public static object Three { get; } = Element("3");

    private static readonly object True = Element("true");

    /// <returns>The level: 2 when left out or null, the number when it is a whole number, null when it is not.</returns>
    public static int? Level(object? value) => value switch
    {
        null or JsonElement { ValueKind: JsonValueKind.Null } => 2,
        JsonElement { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var level) => level,
        _ => null,
    };

    /// <returns>The flag: false when left out or null, true or false as written, null for any other value.</returns>
    public static bool? Flag(object? value) => value switch
    {
        null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        _ => null,
    };

    /// <summary>A flag as written: true, or left out when false.</summary>
    public static object? TrueOrNull(bool flag) => flag ? True : null;

    private static object Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
