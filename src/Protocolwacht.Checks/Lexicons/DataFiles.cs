namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// Reads the tab-separated data files. Built-in files are embedded in the assembly (so the engine works
/// from any working directory); an extra folder from <see cref="CheckOptions"/> adds lines to them.
/// Lines starting with # and empty lines are skipped.
/// </summary>
internal static class DataFiles
{
    public static IEnumerable<string[]> ReadEmbeddedTsv(string resourceSuffix)
    {
        var assembly = typeof(DataFiles).Assembly;
        var name = "Protocolwacht.Checks." + resourceSuffix;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Data file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static string ReadEmbeddedText(string resourceSuffix)
    {
        var assembly = typeof(DataFiles).Assembly;
        var name = "Protocolwacht.Checks." + resourceSuffix;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Data file {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
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

    private static List<string[]> Parse(string content)
    {
        var rows = new List<string[]>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
