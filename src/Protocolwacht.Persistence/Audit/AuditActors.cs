namespace Protocolwacht.Persistence.Audit;

/// <summary>Actors that are not a staff member.</summary>
public static class AuditActors
{
    /// <summary>The app itself (seeding at start-up, a background job).</summary>
    public const string System = "systeem";

    /// <summary>Someone at the server's command line (<c>protocolwacht …</c>); the OS account is not recorded.</summary>
    public const string CommandLine = "opdrachtregel";

    /// <summary>A sign-in attempt for a user name that has no account (the typed name is not kept: it may be a password).</summary>
    public const string UnknownUser = "onbekende gebruiker";
}
