using System.Text.Json;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Imports.Tabular;

namespace Protocolwacht.Imports.Staff;

/// <summary>The header aliases of the HR export and the function → role table, from <c>staff-columns.json</c>.</summary>
public sealed class StaffColumnMap
{
    private StaffColumnMap(Dictionary<string, string[]> columns, Dictionary<string, StaffRole> roles)
    {
        Columns = columns;
        Roles = roles;
    }

    public static StaffColumnMap Default { get; } = Load();

    internal IReadOnlyDictionary<string, string[]> Columns { get; }

    internal IReadOnlyDictionary<string, StaffRole> Roles { get; }

    internal bool TryRole(string function, out StaffRole role) =>
        StaffRoleCodes.TryParse(function.Trim().ToLowerInvariant(), out role) || Roles.TryGetValue(ColumnNames.Normalize(function), out role);

    private static StaffColumnMap Load()
    {
        using var stream = typeof(StaffColumnMap).Assembly.GetManifestResourceStream("Protocolwacht.Imports.staff-columns.json")
            ?? throw new InvalidOperationException("staff-columns.json is not embedded.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var columns = document.RootElement.GetProperty("columns").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(a => a.GetString()!).ToArray(), StringComparer.Ordinal);
        var roles = new Dictionary<string, StaffRole>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.GetProperty("roles").EnumerateObject())
        {
            roles[ColumnNames.Normalize(property.Name)] = StaffRoleCodes.TryParse(property.Value.GetString(), out var role)
                ? role
                : throw new InvalidOperationException($"staff-columns.json: unknown role for '{property.Name}'.");
        }

        return new StaffColumnMap(columns, roles);
    }
}
