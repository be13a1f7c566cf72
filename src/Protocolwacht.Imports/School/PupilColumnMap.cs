using System.Text.Json;
using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.School;

/// <summary>
/// The header aliases that tell which column of a pupil export holds which field, and how relation
/// words map to <see cref="GuardianRelation"/>. The defaults live in <c>pupil-columns.json</c>; a
/// school whose export uses other headers adds its own with <see cref="TryParse"/> and <see cref="With"/>
/// (its aliases are tried first). Immutable.
/// </summary>
public sealed class PupilColumnMap
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private PupilColumnMap(
        Dictionary<PupilField, string[]> pupil,
        Dictionary<GuardianField, string[]> guardian,
        Dictionary<GuardianField, string[]> guardianRow,
        Dictionary<string, GuardianRelation> relations)
    {
        Pupil = pupil;
        Guardian = guardian;
        GuardianRow = guardianRow;
        Relations = relations;
    }

    public static PupilColumnMap Default { get; } = LoadDefault();

    internal IReadOnlyDictionary<PupilField, string[]> Pupil { get; }

    /// <summary>Aliases with <c>{n}</c> for the guardian's number on a pupil's row.</summary>
    internal IReadOnlyDictionary<GuardianField, string[]> Guardian { get; }

    internal IReadOnlyDictionary<GuardianField, string[]> GuardianRow { get; }

    /// <summary>Normalised relation word → relation.</summary>
    internal IReadOnlyDictionary<string, GuardianRelation> Relations { get; }

    /// <summary>
    /// Reads a map in the shape of <c>pupil-columns.json</c> (every section optional). On a mistake
    /// the map is null and <paramref name="problem"/> says in Dutch what is wrong.
    /// </summary>
    public static bool TryParse(string json, out PupilColumnMap? map, out string? problem)
    {
        map = null;
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "De kolomtoewijzing moet een JSON-object zijn met 'pupil', 'guardian', 'guardianRow' en/of 'relations'.";
                return false;
            }

            var pupil = Section<PupilField>(root, "pupil", ref problem);
            var guardian = Section<GuardianField>(root, "guardian", ref problem);
            var guardianRow = Section<GuardianField>(root, "guardianRow", ref problem);
            var relations = RelationSection(root, ref problem);
            if (problem is not null)
            {
                return false;
            }

            map = new PupilColumnMap(pupil, guardian, guardianRow, relations);
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"De kolomtoewijzing is geen geldige JSON (regel {(ex.LineNumber ?? 0) + 1}).";
            return false;
        }
    }

    /// <summary>This map with <paramref name="school"/>'s aliases tried before its own.</summary>
    public PupilColumnMap With(PupilColumnMap school)
    {
        ArgumentNullException.ThrowIfNull(school);
        var relations = new Dictionary<string, GuardianRelation>(Relations);
        foreach (var (word, relation) in school.Relations)
        {
            relations[word] = relation;
        }

        return new PupilColumnMap(Merge(school.Pupil, Pupil), Merge(school.Guardian, Guardian), Merge(school.GuardianRow, GuardianRow), relations);
    }

    internal GuardianRelation RelationOf(string text) =>
        Relations.TryGetValue(ColumnNames.Normalize(text), out var relation) ? relation : GuardianRelation.Unknown;

    private static Dictionary<TField, string[]> Merge<TField>(IReadOnlyDictionary<TField, string[]> first, IReadOnlyDictionary<TField, string[]> then)
        where TField : struct, Enum
    {
        var merged = new Dictionary<TField, string[]>();
        foreach (var field in Enum.GetValues<TField>())
        {
            merged[field] = [.. first.GetValueOrDefault(field, []), .. then.GetValueOrDefault(field, [])];
        }

        return merged;
    }

    private static Dictionary<TField, string[]> Section<TField>(JsonElement root, string name, ref string? problem)
        where TField : struct, Enum
    {
        var result = new Dictionary<TField, string[]>();
        if (!root.TryGetProperty(name, out var section))
        {
            return result;
        }

        if (section.ValueKind != JsonValueKind.Object)
        {
            problem ??= $"'{name}' moet een object zijn.";
            return result;
        }

        foreach (var property in section.EnumerateObject())
        {
            if (!Enum.TryParse<TField>(property.Name, ignoreCase: true, out var field))
            {
                problem ??= $"Onbekend veld '{name}.{property.Name}'; bekend zijn: {string.Join(", ", Enum.GetNames<TField>().Select(Camel))}.";
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
            {
                problem ??= $"'{name}.{property.Name}' moet een lijst van kolomnamen zijn.";
                continue;
            }

            result[field] = [.. property.Value.EnumerateArray().Select(a => a.GetString()!)];
        }

        return result;
    }

    private static Dictionary<string, GuardianRelation> RelationSection(JsonElement root, ref string? problem)
    {
        var result = new Dictionary<string, GuardianRelation>(StringComparer.Ordinal);
        if (!root.TryGetProperty("relations", out var section))
        {
            return result;
        }

        if (section.ValueKind != JsonValueKind.Object)
        {
            problem ??= "'relations' moet een object zijn.";
            return result;
        }

        foreach (var property in section.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String
                || !Enum.TryParse<GuardianRelation>(property.Value.GetString(), ignoreCase: true, out var relation))
            {
                problem ??= $"Onbekende relatie bij 'relations.{property.Name}'; bekend zijn: {string.Join(", ", Enum.GetNames<GuardianRelation>())}.";
                continue;
            }

            result[ColumnNames.Normalize(property.Name)] = relation;
        }

        return result;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static PupilColumnMap LoadDefault()
    {
        using var stream = typeof(PupilColumnMap).Assembly.GetManifestResourceStream("Protocolwacht.Imports.pupil-columns.json")
            ?? throw new InvalidOperationException("pupil-columns.json is not embedded.");
        using var reader = new StreamReader(stream);
        return TryParse(reader.ReadToEnd(), out var map, out var problem)
            ? map!
            : throw new InvalidOperationException($"pupil-columns.json is invalid: {problem}");
    }
}
