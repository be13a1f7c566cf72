namespace Protocolwacht.Persistence.Organisation;

/// <summary>The board row; one per database. Holds the board's settings beside its identity.</summary>
public class BoardEntity
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public List<string> Domains { get; set; } = [];
    public List<string> Emails { get; set; } = [];
    public List<string> Phones { get; set; } = [];
    public List<string> Websites { get; set; } = [];
    public string? Address { get; set; }

    /// <summary>Role codes that may post on the board's own accounts (ACCOUNT).</summary>
    public List<string> OrganisationPostingRoles { get; set; } = [];

    /// <summary>Role codes that may post on school accounts (ACCOUNT).</summary>
    public List<string> SchoolPostingRoles { get; set; } = [];

    public bool SchoolAccountsOwnSchoolOnly { get; set; } = true;

    /// <summary>When true a consent counts only in the school year it was given (Dutch law does not require it).</summary>
    public bool RenewConsentEachSchoolYear { get; set; }

    /// <summary>
    /// True only for the demo organisation loaded on a first run; any import makes the organisation real.
    /// Only the demo publishes to the sandbox outside Development.
    /// </summary>
    public bool IsDemo { get; set; }
}
