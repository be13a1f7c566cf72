namespace Protocolwacht.Persistence.Database;

/// <summary>A backup or restore that cannot go ahead; the message says why in Dutch, for the person at the command line.</summary>
public sealed class BackupException(string message) : Exception(message);
