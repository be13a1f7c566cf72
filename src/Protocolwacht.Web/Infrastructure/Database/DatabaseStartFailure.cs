using System.Globalization;
using Microsoft.Data.Sqlite;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Infrastructure.Database;

/// <summary>
/// Why the app could not open or prepare its database at start because of the storage under it, in Dutch for the
/// administrator who reads the service's output, with the folder to look at. A SQLite database in WAL mode needs its
/// log and shared-memory index (<c>protocolwacht.db-wal</c>, <c>-shm</c>) before it can read a row; on a full disk or in a
/// read-only folder without them, every start failed with a stack trace ending in "SQLite Error 10: 'disk I/O error'".
/// Any other start failure still throws: it is a defect, and its stack trace is what the developer needs.
/// </summary>
public static class DatabaseStartFailure
{
    /// <summary>The exit code of a start refused for the database's storage or a data folder that cannot be made: <c>EX_IOERR</c> of sysexits.h.</summary>
    public const int ExitCode = 74;

    // For the administrator reading the service's output or log, not a page: Dutch only, no UiText entry.
    private const string SqliteFull = "Protocolwacht kan niet starten: de schijf met de database ({0}) is vol. SQLite heeft ruimte nodig voor "
        + "protocolwacht.db-wal en protocolwacht.db-shm naast de database, ook om alleen te lezen. Maak ruimte op die schijf en start opnieuw. Er is niets gewijzigd.";

    private const string SqliteNotWritable = "Protocolwacht kan niet starten: de database in {0} kan niet geopend of beschreven worden. De map (of een bestand erin) is "
        + "alleen-lezen of van een andere gebruiker; SQLite moet er protocolwacht.db-wal en protocolwacht.db-shm naast de database kunnen maken. "
        + "Controleer de schrijfrechten van de map en de vrije ruimte, en start opnieuw. Er is niets gewijzigd.";

    private const string PostgresFull = "Protocolwacht kan niet starten: de schijf van de PostgreSQL-server is vol. Maak daar ruimte en start opnieuw. Er is niets gewijzigd.";

    private const string PostgresReadOnly = "Protocolwacht kan niet starten: de PostgreSQL-server staat alleen lezen toe. Start opnieuw als de server weer schrijfbaar is. Er is niets gewijzigd.";

    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCannotOpen = 14;

    /// <param name="dataDirectory">The SQLite data folder, or null on PostgreSQL (whose server owns its disk).</param>
    public static string? Explain(Exception exception, string? dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = StorageFailure.Of(exception);
        if (dataDirectory is null)
        {
            return problem switch
            {
                StorageProblem.DiskFull => PostgresFull,
                StorageProblem.ReadOnly => PostgresReadOnly,
                _ => null,
            };
        }

        if (problem is null && !IsSqliteStorageError(exception))
        {
            return null;
        }

        return string.Format(CultureInfo.InvariantCulture, IsFull(dataDirectory) ? SqliteFull : SqliteNotWritable, dataDirectory);
    }

    private static bool IsSqliteStorageError(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteIoError or SqliteCannotOpen or SqliteReadOnly })
            {
                return true;
            }
        }

        return false;
    }

    // Below one megabyte free: SQLite needs 32 KB for the index alone, and a disk this full is the cause worth naming.
    private static bool IsFull(string dataDirectory)
    {
        try
        {
            return new DriveInfo(dataDirectory).AvailableFreeSpace < 1024 * 1024;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}
