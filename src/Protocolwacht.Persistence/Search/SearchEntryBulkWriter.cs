using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Protocolwacht.Persistence.Search;

/// <summary>
/// Writes many <c>archive_search</c> rows fast, for the search benchmark's throwaway archive: SQLite through one
/// prepared INSERT reused for every row (the FTS5 trigger fills the full-text table as for any insert),
/// PostgreSQL through binary COPY (the generated <c>document</c> column is computed as for any insert). Columns,
/// their types and value conversions are read from the EF model, so a row is the row <c>SaveChanges</c> would
/// write. Runs in the caller's transaction if there is one.
/// </summary>
public static class SearchEntryBulkWriter
{
    public static async Task WriteAsync(ProtocolwachtDbContext db, IReadOnlyCollection<SearchEntryEntity> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var columns = Columns(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is NpgsqlConnection postgres)
            {
                await CopyAsync(postgres, columns, entries, cancellationToken);
            }
            else
            {
                await InsertAsync((SqliteConnection)connection, db.Database.CurrentTransaction?.GetDbTransaction(), columns, entries, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static List<Column> Columns(ProtocolwachtDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(SearchEntryEntity))!;
        return [.. entity.GetProperties().Select(p =>
        {
            var mapping = p.GetRelationalTypeMapping();
            var converter = p.GetValueConverter() ?? mapping.Converter;
            var type = p.GetColumnType();
            var bracket = type.IndexOf('(', StringComparison.Ordinal);
            return new Column(p.GetColumnName(), bracket < 0 ? type : type[..bracket], v => v is null ? null : converter is null ? v : converter.ConvertToProvider(v), p.PropertyInfo!);
        })];
    }

    private static async Task InsertAsync(SqliteConnection connection, DbTransaction? transaction, List<Column> columns, IReadOnlyCollection<SearchEntryEntity> entries, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction;
        command.CommandText = $"INSERT INTO archive_search ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var entry in entries)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(entry) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<Column> columns, IReadOnlyCollection<SearchEntryEntity> entries, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY archive_search ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entry in entries)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Value(entry) is { } value)
                {
                    await writer.WriteAsync(value, column.Type, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private sealed record Column(string Name, string Type, Func<object?, object?> Convert, System.Reflection.PropertyInfo Property)
    {
        public object? Value(SearchEntryEntity entry) => Convert(Property.GetValue(entry));
    }
}
