using System.Text.Json;
using System.Text.Json.Serialization;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// The one JSON form of record contents. Written once, hashed, and never rewritten: changing these
/// options would not change stored records, only what new ones look like, so a change belongs in a new
/// record type name.
/// </summary>
public static class ArchiveJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Write<T>(T content) => JsonSerializer.SerializeToUtf8Bytes(content, Options);

    public static T Read<T>(byte[] content) =>
        JsonSerializer.Deserialize<T>(content, Options) ?? throw new JsonException("Empty archive record.");
}
