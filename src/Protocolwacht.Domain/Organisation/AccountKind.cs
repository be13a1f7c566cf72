namespace Protocolwacht.Domain.Organisation;

/// <summary>Whose account a post goes to: the board's (Konot), a school's, or the author's own.</summary>
public enum AccountKind
{
    Organisation,
    School,
    Personal,
}

public static class AccountKindCodes
{
    public static string ToCode(this AccountKind kind) => kind switch
    {
        AccountKind.Organisation => "organisation",
        AccountKind.School => "school",
        AccountKind.Personal => "personal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? code, out AccountKind kind)
    {
        switch (code)
        {
            case "organisation": kind = AccountKind.Organisation; return true;
            case "school": kind = AccountKind.School; return true;
            case "personal": kind = AccountKind.Personal; return true;
            default: kind = default; return false;
        }
    }
}
