namespace Protocolwacht.Persistence.Database;

/// <summary>
/// The configuration names a database that cannot be used as it stands (an unknown provider, a missing connection
/// string, a data folder that cannot be made). The message is Dutch and names the setting or folder, for the
/// administrator reading the command line or the service's output; nothing was changed.
/// </summary>
public sealed class DatabaseSettingsException : InvalidOperationException
{
    public DatabaseSettingsException(string message)
        : base(message)
    {
    }

    public DatabaseSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
