namespace Protocolwacht.Publishing.Tests.Infrastructure;

/// <summary>The databases every workflow test runs on.</summary>
public enum Database
{
    Sqlite,
    Postgres,
}
