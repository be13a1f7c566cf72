using System.Text;

namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// Reads the tab-separated data files. Built-in files are embedded in the assembly (so the engine works
/// from any working directory); an extra folder from <see cref="CheckOptions"/> adds lines to them.
/// Lines starting with # and empty lines are skipped.
/// </summary>
internal static class DataFiles
{
    public static IEnumerable<string[]> ReadEmbeddedTsv(string resourceSuffix) => Parse(ReadEmbeddedText(resourceSuffix));

    public static string ReadEmbeddedText(string resourceSuffix)
    {
        var assembly = typeof(DataFiles).Assembly;
        var name = "Protocolwacht.Checks." + resourceSuffix;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Data file {name} is not embedded.");

        // One read and one decode of the resource's bytes (StreamReader.ReadToEnd copied them through a buffer and a
        // builder: start-up reads some 2 MB of data files). A UTF-8 byte-order mark is skipped, as StreamReader does.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        var text = bytes.AsSpan();
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    public static IEnumerable<string[]> ReadExtraTsv(string? folder, string fileName)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return [];
        }

        var path = Path.Combine(folder, fileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : [];
    }

    // Line by line over the text, so only the fields become strings (not every line first).
    private static List<string[]> Parse(string content)
    {
        var rows = new List<string[]>();
        var rest = content.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (!line.IsEmpty && line[0] != '#' && !line.IsWhiteSpace())
            {
                rows.Add(Fields(line));
            }

            if (end < 0)
            {
                return rows;
            }

            rest = rest[(end + 1)..];
        }
    }

    // As string.Split('\t') of the line, without making the line a string first.
    private static string[] Fields(ReadOnlySpan<char> line)
    {
        var fields = new string[line.Count('\t') + 1];
        var i = 0;
        foreach (var range in line.Split('\t'))
        {
            fields[i++] = line[range].ToString();
        }

        return fields;
    }
}
