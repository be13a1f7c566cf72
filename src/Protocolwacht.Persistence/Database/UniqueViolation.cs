using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Protocolwacht.Persistence.Database;

/// <summary>
/// Tells a save refused by a unique index from other database failures, on both providers: two requests that
/// append the same next step of a log (a post's transitions) race to the same key, and the loser should be told
/// that someone else was first, not see an error page.
/// </summary>
public static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; PostgreSQL's unique_violation.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const string PostgresUnique = "23505";

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresUnique,
            _ => false,
        };
    }
}
