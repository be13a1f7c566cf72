namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// The four staff roles the protocol's ACCOUNT section distinguishes. The code is the lower-case
/// name used in organisation files and configuration (<c>cvb</c>, <c>directie</c>, <c>staf</c>, <c>medewerker</c>).
/// </summary>
public enum StaffRole
{
    Cvb,
    Directie,
    Staf,
    Medewerker,
}

public static class StaffRoleCodes
{
    public static string ToCode(this StaffRole role) => role switch
    {
        StaffRole.Cvb => "cvb",
        StaffRole.Directie => "directie",
        StaffRole.Staf => "staf",
        StaffRole.Medewerker => "medewerker",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? code, out StaffRole role)
    {
        switch (code)
        {
            case "cvb": role = StaffRole.Cvb; return true;
            case "directie": role = StaffRole.Directie; return true;
            case "staf": role = StaffRole.Staf; return true;
            case "medewerker": role = StaffRole.Medewerker; return true;
            default: role = default; return false;
        }
    }
}
