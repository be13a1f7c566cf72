using Microsoft.Data.Sqlite;
using Npgsql;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Recognises a request the database could not serve right now, however deep EF Core wrapped it: on a busy server a
/// deadlock or serialisation failure, a lock or statement that timed out, a connection that could not be had (the pool
/// or the server's connections used up), a connection lost midway (Npgsql's transient errors); SQLite busy or locked.
/// Such a failure changed nothing (each use case is one transaction, which the database rolled back), and the same
/// request a moment later usually succeeds: the person is told so in Dutch (<see cref="Explanation"/>), not shown an error.
/// </summary>
public static class BusyDatabase
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public const string Title = "Even te druk";

    public const string Explanation = "Het verzoek kon nu niet worden verwerkt: de database had het even te druk. Er is niets opgeslagen, ook niet half. Ga terug en probeer het opnieuw.";

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when StorageFailure.Of(postgres) is not null:
                    return false; // a full disk or a read-only database is not a moment's trouble (StorageFailure)
                case NpgsqlException { IsTransient: true }: // PostgresException too: 40001, 40P01, 53300, 55P03 …; a timeout
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return true;
            }
        }

        return false;
    }
}
