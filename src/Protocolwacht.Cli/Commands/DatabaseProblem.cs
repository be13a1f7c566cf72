using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// Says in Dutch why a command could not use the app's database, and which database: the providers' own messages
/// ("SQLite Error 5: 'database is locked'", "Failed to connect to 127.0.0.1:5432") are English and were passed to the
/// user as they were. A cause this class knows gets a sentence of its own; an unknown one says so and keeps the
/// provider's text after "Technische details:" for whoever digs deeper. Neither holds personal data: the providers
/// name tables, columns and servers, never the values (EF Core's sensitive data logging stays off).
/// </summary>
internal static class DatabaseProblem
{
    private const int SqliteGenericError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCorrupt = 11;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>The Dutch explanation of <paramref name="exception"/>, naming the database of <paramref name="configuration"/> when it can.</summary>
    public static string Describe(Exception exception, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Find<DatabaseSettingsException>(exception) is { } settings)
        {
            return settings.Message; // Dutch already, naming the setting or folder.
        }

        if ((Find<AppendOnlyViolationException>(exception) ?? (Exception?)Find<ArchiveTamperedException>(exception)) is { } history)
        {
            return history.Message; // Dutch already, naming the table or record; the archive refused to change history.
        }

        if (HistoryRefusal.Of(exception) is { } refusal)
        {
            return refusal; // The database's own trigger refused SQL that went past the interceptor; Dutch since DutchHistoryRefusals.
        }

        var where = DatabaseLocation.Of(configuration)?.Description ?? "de database van de app";
        var (reason, technical) = Reason(exception);
        return technical
            ? $"{Capitalise(where)}: {reason} Technische details: {exception.GetBaseException().GetType().Name}: {exception.GetBaseException().Message}"
            : $"{Capitalise(where)}: {reason}";
    }

    private const string NothingChanged = "Er is niets gewijzigd.";

    /// <summary>
    /// What a command that writes to the database says when <paramref name="exception"/> stopped it: that nothing
    /// changed, once. A settings problem (an unusable data folder, an unknown provider) stopped it before it began, and
    /// the folder's own sentence may already say nothing changed; anything else was rolled back.
    /// </summary>
    /// <param name="work">What was stopped ("de import"), or null to say only that nothing changed.</param>
    public static string NothingChangedBecause(Exception exception, IConfiguration configuration, string? work = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Find<DatabaseSettingsException>(exception) is { } settings)
        {
            var saysSo = settings.Message.Contains(NothingChanged, StringComparison.Ordinal);
            return work is null
                ? (saysSo ? settings.Message : $"{NothingChanged} {settings.Message}")
                : $"{Capitalise(work)} is niet begonnen. {settings.Message}{(saysSo ? string.Empty : " " + NothingChanged)}";
        }

        return work is null
            ? $"{NothingChanged} {Describe(exception, configuration)}"
            : $"{Capitalise(work)} is mislukt en teruggedraaid; er is niets gewijzigd. {Describe(exception, configuration)}";
    }

    private static (string Reason, bool Technical) Reason(Exception exception)
    {
        if (StorageFailure.Of(exception) is { } storage)
        {
            return (storage == StorageProblem.DiskFull
                ? "de schijf van de database is vol."
                : "de database kan alleen gelezen worden, niet beschreven (een alleen-lezen map of bestand, of een server die alleen lezen toestaat).", false);
        }

        if (Find<DbUpdateConcurrencyException>(exception) is not null)
        {
            return ("iemand anders wijzigde tegelijk dezelfde gegevens. Probeer het opnieuw.", false);
        }

        if (Find<SqliteException>(exception) is { } sqlite)
        {
            return Sqlite(sqlite);
        }

        if (Find<PostgresException>(exception) is { } postgres)
        {
            return Postgres(postgres);
        }

        if (Find<NpgsqlException>(exception) is not null)
        {
            return ("de PostgreSQL-server is niet bereikbaar. Kloppen --connection (of ConnectionStrings:Postgres) en draait de server?", true);
        }

        return Find<TimeoutException>(exception) is not null
            ? ("de database antwoordde niet op tijd. Probeer het opnieuw.", true)
            : ("er ging iets mis met de database.", true);
    }

    private static (string Reason, bool Technical) Sqlite(SqliteException sqlite) => sqlite.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => ("de database is vergrendeld: een ander programma (de app, een back-up of een andere opdracht) werkt er nu in. Probeer het opnieuw als dat klaar is.", false),
        SqliteCannotOpen => ("het databasebestand kan niet worden geopend. Bestaat de map, en mag Protocolwacht erin lezen en schrijven?", false),
        SqliteNotADatabase => ("het bestand is geen SQLite-database.", false),
        SqliteCorrupt => ("het databasebestand is beschadigd. Zet een back-up terug met 'protocolwacht restore'.", false),
        SqliteGenericError when sqlite.Message.Contains("no such table", StringComparison.Ordinal) => (MissingTables, false),
        _ => ("SQLite weigerde.", true),
    };

    private static (string Reason, bool Technical) Postgres(PostgresException postgres) => postgres.SqlState switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            ("PostgreSQL weigert de aanmelding: de gebruikersnaam of het wachtwoord in de verbindingsgegevens klopt niet.", false),
        PostgresErrorCodes.InvalidCatalogName => ("die database bestaat niet op de PostgreSQL-server.", false),
        PostgresErrorCodes.UndefinedTable => (MissingTables, false),
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected =>
            ("iemand anders wijzigde tegelijk dezelfde gegevens. Probeer het opnieuw.", false),
        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled =>
            ("de database is vergrendeld of antwoordde niet op tijd: een ander programma werkt er nu in. Probeer het opnieuw als dat klaar is.", false),
        _ => ("PostgreSQL weigerde.", true),
    };

    private const string MissingTables = "de database heeft de tabellen van Protocolwacht niet (een lege of andere database?). Start de app eenmaal, of kies de goede database.";

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
