using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Protocolwacht.Persistence;

namespace Protocolwacht.Benchmarks;

/// <summary>
/// Records the statements a piece of work sends and prints each with the database's plan for it (<c>EXPLAIN QUERY
/// PLAN</c> on SQLite, <c>EXPLAIN</c> on PostgreSQL), run with the same parameter values on the same data.
/// </summary>
internal sealed class QueryPlans : DbCommandInterceptor
{
    private readonly List<(string Text, (string Name, object? Value)[] Parameters)> _commands = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public async Task PrintAsync(ProtocolwachtDbContext db, TextWriter output)
    {
        var explain = db.Database.IsNpgsql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var (text, parameters) in _commands)
        {
            await output.WriteLineAsync(text);
            await using var command = connection.CreateCommand();
            command.CommandText = explain + text;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                await output.WriteLineAsync("    -- " + reader.GetValue(reader.FieldCount - 1));
            }

            await output.WriteLineAsync();
        }
    }

    private void Record(DbCommand command)
    {
        if (command.CommandText.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            _commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }
}
