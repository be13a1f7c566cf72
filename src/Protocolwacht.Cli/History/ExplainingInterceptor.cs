using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Cli.History;

/// <summary>
/// For <c>bench search --explain</c>: before a query runs, runs it once more behind <c>EXPLAIN QUERY PLAN</c>
/// (SQLite) or <c>EXPLAIN ANALYZE</c> (PostgreSQL) with the same parameters and keeps the plan, so the plans
/// shown are those of the SQL the search really sends. Only while <see cref="Enabled"/>.
/// </summary>
internal sealed class ExplainingInterceptor(bool postgres) : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public List<string> Plans { get; } = [];

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            await ExplainAsync(command, cancellationToken);
        }

        return result;
    }

    private async Task ExplainAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var text = command.CommandText;
        command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + text;
        try
        {
            var plan = new StringBuilder(text).AppendLine();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
                plan.Append("    ").AppendLine(reader.GetString(reader.FieldCount - 1));
            }

            Plans.Add(plan.ToString());
        }
        finally
        {
            command.CommandText = text;
        }
    }
}
