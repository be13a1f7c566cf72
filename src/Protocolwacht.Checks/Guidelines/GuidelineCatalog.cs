using System.Collections.Frozen;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Guidelines;

/// <summary>
/// The cited parts of the protocol (guidelines.tsv, embedded): id → Dutch title and full text.
/// Loaded once; unknown ids give the id itself so a finding never fails to render.
/// </summary>
public static class GuidelineCatalog
{
    private static readonly Lazy<FrozenDictionary<string, (string Title, string Text)>> Table = new(Load);

    public static IEnumerable<string> Ids => Table.Value.Keys;

    public static string TitleOf(string id) => Table.Value.TryGetValue(id, out var g) ? g.Title : id;

    public static string TextOf(string id) => Table.Value.TryGetValue(id, out var g) ? g.Text : id;

    private static FrozenDictionary<string, (string Title, string Text)> Load()
    {
        var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var fields in DataFiles.ReadEmbeddedTsv("Guidelines.guidelines.tsv"))
        {
            if (fields.Length >= 3)
            {
                table[fields[0]] = (fields[1], fields[2]);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
