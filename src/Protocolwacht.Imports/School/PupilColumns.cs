using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.School;

/// <summary>Which column of one particular file holds which field (-1: the file has no such column).</summary>
internal sealed class PupilColumns
{
    public const int MaxGuardians = 4;

    private PupilColumns(Dictionary<PupilField, int> pupil, List<Dictionary<GuardianField, int>> guardians)
    {
        Pupil = pupil;
        Guardians = guardians;
    }

    public IReadOnlyDictionary<PupilField, int> Pupil { get; }

    /// <summary>Per guardian number (1 to 4) that has at least one column.</summary>
    public IReadOnlyList<IReadOnlyDictionary<GuardianField, int>> Guardians { get; }

    public int this[PupilField field] => Pupil[field];

    public static PupilColumns Resolve(IReadOnlyList<string> headers, PupilColumnMap map)
    {
        var index = ColumnNames.Index(headers);
        var pupil = Enum.GetValues<PupilField>().ToDictionary(f => f, f => Find(index, map.Pupil.GetValueOrDefault(f, []), null));
        var guardians = new List<Dictionary<GuardianField, int>>();
        for (var n = 1; n <= MaxGuardians; n++)
        {
            var number = PupilRowContext.Number(n);
            var columns = Enum.GetValues<GuardianField>().ToDictionary(f => f, f => Find(index, map.Guardian.GetValueOrDefault(f, []), number));
            if (columns.Values.Any(c => c >= 0))
            {
                guardians.Add(columns);
            }
        }

        return new PupilColumns(pupil, guardians);
    }

    public static int Find(Dictionary<string, int> index, string[] aliases, string? number)
    {
        foreach (var alias in aliases)
        {
            var name = number is null ? alias : alias.Replace("{n}", number, StringComparison.Ordinal);
            if (index.TryGetValue(ColumnNames.Normalize(name), out var column))
            {
                return column;
            }
        }

        return -1;
    }
}
