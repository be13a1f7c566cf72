namespace Protocolwacht.Persistence.Database;

/// <summary>The database engines Protocolwacht runs on; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: one file in the app's data folder.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server from <c>ConnectionStrings:Postgres</c>; needed for several app instances.</summary>
    Postgres,
}
