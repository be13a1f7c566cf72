using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// Reads every row of every table of the app's database and reports the values that hold a name. The tables
/// come from the EF model (so a table added later is scanned without changing this), together with the tables
/// only SQL knows (the search index's own tables); every column is read, text and UTF-8 bytes alike.
/// </summary>
internal static class NameScan
{
    /// <summary>A row holding the name: its table and the row's values joined, for the assertion to inspect.</summary>
    public sealed record Hit(string Table, string Row);

    /// <param name="id">The pupil's record id, left out of the values before they are matched: the demo organisation's
    /// ids spell the name ("sara.ouali"), and the audit log keeps the id by design (imports use "ll-" + pupil number).</param>
    public static Task<List<Hit>> HoldingAsync(ProtocolwachtApp app, string fullName, Regex firstName, string id) => app.WithDbAsync(async db =>
    {
        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var physical = (await ReadAsync(connection, db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal)
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'")).Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(physical, modelTables);

        List<Hit> hits = [];
        foreach (var table in physical.Order(StringComparer.Ordinal))
        {
            foreach (var row in await ReadAsync(connection, $"SELECT * FROM \"{table}\""))
            {
                var values = string.Join(" | ", row.Select(v => v switch { string s => s, byte[] b => Encoding.UTF8.GetString(b), _ => "" })).Replace(id, "<id>", StringComparison.Ordinal);
                if (values.Contains(fullName, StringComparison.OrdinalIgnoreCase) || firstName.IsMatch(values))
                {
                    hits.Add(new Hit(table, values));
                }
            }
        }

        return hits;
    });

    private static async Task<List<object?[]>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        List<object?[]> rows = [];
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
