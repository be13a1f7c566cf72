using System.Text.Json;
using Protocolwacht.Imports.Json;

namespace Protocolwacht.Imports.Posts;

/// <summary>Facebook and Instagram write times as Unix seconds (always UTC).</summary>
internal static class MetaTimestamp
{
    // 2004-01-01 to 2100-01-01: outside that a number is not a post time but a corrupt value.
    private const long Earliest = 1_072_915_200;
    private const long Latest = 4_102_444_800;

    public static DateTimeOffset? Read(JsonRecord record, JsonElement parent, string name, string path, bool required)
    {
        var seconds = record.Int64(parent, name, path, required);
        if (seconds is null)
        {
            return null;
        }

        if (seconds is < Earliest or > Latest)
        {
            record.Error(path, $"Het tijdstip {seconds} (Unix-seconden) ligt niet tussen 2004 en 2100.");
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds.Value);
    }
}
