using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// Stores a small list of immutable records as one JSON text column. Used for parts of a post that are
/// always read and written with it (accounts, attachment metadata), so they need no
/// table of their own and look the same on SQLite and PostgreSQL.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<IReadOnlyList<T>, string> Converter<T>() => new(
        v => JsonSerializer.Serialize(v, Options),
        v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>());

    // Records compare by value, so a sequence comparison notices any change; the snapshot is a copy
    // because the aggregate appends to its own list.
    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.Count == b.Count && Serialize(a) == Serialize(b)),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<List<T>>(Serialize(v), Options) ?? new List<T>());

    private static string Serialize<T>(IReadOnlyList<T> value) => JsonSerializer.Serialize(value, Options);
}
