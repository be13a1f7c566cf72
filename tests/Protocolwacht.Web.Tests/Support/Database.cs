namespace Protocolwacht.Web.Tests.Support;

/// <summary>The databases every workflow test runs on.</summary>
public enum Database
{
    Sqlite,
    Postgres,
}
