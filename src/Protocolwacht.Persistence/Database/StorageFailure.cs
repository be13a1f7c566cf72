using Microsoft.Data.Sqlite;
using Npgsql;

namespace Protocolwacht.Persistence.Database;

/// <summary>Why the database refused to write, when it is the storage and not the request: its disk is full, or it is read-only.</summary>
public enum StorageProblem
{
    DiskFull,
    ReadOnly,
}

/// <summary>
/// Recognises a write the database refused because of its storage (SQLite <c>SQLITE_FULL</c>/<c>SQLITE_READONLY</c>,
/// PostgreSQL <c>disk_full</c>/<c>read_only_sql_transaction</c>), however deep EF Core wrapped it, and says so in
/// Dutch. Such a write changed nothing: each use case is one transaction, which the database rolled back.
/// </summary>
public static class StorageFailure
{
    private const int SqliteFull = 13;
    private const int SqliteReadOnly = 8;

    public static StorageProblem? Of(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteFull }:
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                    return StorageProblem.DiskFull;
                case SqliteException { SqliteErrorCode: SqliteReadOnly }:
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                    return StorageProblem.ReadOnly;
            }
        }

        return null;
    }

    public const string Title = "Opslaan lukt nu niet";

    /// <summary>For the person whose change was refused: what happened, that nothing was saved, and what to do.</summary>
    public static string Explanation(StorageProblem problem) => problem switch
    {
        StorageProblem.DiskFull => "De schijf van de database is vol. Er is niets opgeslagen, ook niet half. Probeer het later opnieuw en meld het aan de beheerder van Protocolwacht, zodat er ruimte wordt gemaakt.",
        StorageProblem.ReadOnly => "De database kan nu alleen gelezen worden, niet beschreven. Er is niets opgeslagen, ook niet half. Probeer het later opnieuw en meld het aan de beheerder van Protocolwacht.",
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };
}
