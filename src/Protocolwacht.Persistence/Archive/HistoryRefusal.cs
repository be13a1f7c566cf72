using Microsoft.Data.Sqlite;
using Npgsql;

namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// Recognises the database's own refusal to change history (<see cref="HistoryRefusalTriggers"/>) in an exception
/// from SQL that went past the interceptor (a bulk delete, raw SQL), and gives its sentence without the provider's
/// wrapping ("SQLite Error 19: '…'."), so a caller can show it like <see cref="AppendOnlyViolationException"/>'s.
/// Only the history triggers raise these codes: SQLite's RAISE(ABORT) in a trigger, PL/pgSQL's RAISE EXCEPTION.
/// </summary>
public static class HistoryRefusal
{
    private const int SqliteConstraintTrigger = 1811; // SQLITE_CONSTRAINT_TRIGGER
    private const string PostgresRaiseException = "P0001";

    /// <summary>The trigger's sentence, or null when <paramref name="exception"/> (or an inner one) is no such refusal.</summary>
    public static string? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintTrigger } sqlite:
                    return Quoted(sqlite.Message);
                case PostgresException { SqlState: PostgresRaiseException } postgres:
                    return postgres.MessageText;
            }
        }

        return null;
    }

    // Microsoft.Data.Sqlite puts SQLite's message between single quotes; the triggers' sentences hold none.
    private static string Quoted(string message)
    {
        var (first, last) = (message.IndexOf('\'', StringComparison.Ordinal), message.LastIndexOf('\''));
        return first >= 0 && last > first ? message[(first + 1)..last] : message;
    }
}
