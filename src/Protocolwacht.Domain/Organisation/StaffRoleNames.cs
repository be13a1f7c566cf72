namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A staff role as people read it, for one person (the protocol's own words: CvB, directieleden, stafmedewerkers,
/// medewerkers), where the code (<see cref="StaffRoleCodes"/>) is for files and configuration. Pages print it through
/// <c>T(…)</c>, so an English reader gets the English name.
/// </summary>
public static class StaffRoleNames
{
    public static string ToDutch(this StaffRole role) => role switch
    {
        StaffRole.Cvb => "lid van het college van bestuur",
        StaffRole.Directie => "directielid",
        StaffRole.Staf => "stafmedewerker",
        StaffRole.Medewerker => "medewerker",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The name of a stored role code; a code that is no role comes back as it is, never empty.</summary>
    public static string DutchNameOf(string? code) => StaffRoleCodes.TryParse(code, out var role) ? role.ToDutch() : code ?? string.Empty;
}
