namespace Protocolwacht.Cli;

/// <summary>
/// Process exit codes. A script can tell a clean post (0) from one that needs the manager (2) or
/// must be changed (3) without parsing output; 1 is what System.CommandLine already returns for a
/// usage error, so every other failure to run shares it.
/// </summary>
public static class ExitCodes
{
    public const int Allow = 0;
    public const int Success = 0;
    public const int UsageOrInputError = 1;
    public const int Doubt = 2;
    public const int Block = 3;

    /// <summary>A batch or evaluation ran to the end, but some input lines could not be read.</summary>
    public const int SomeLinesInvalid = 4;

    /// <summary><c>archive verify</c>: a record or tree head does not match (changed behind the app's back).</summary>
    public const int Tampered = 4;
}
