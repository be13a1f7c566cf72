namespace Protocolwacht.Domain.Consent;

/// <summary>A consent answer. <see cref="NotRecorded"/> means nobody has recorded an answer (or it lapsed).</summary>
public enum ConsentValue
{
    NotRecorded,
    Yes,
    No,
}

public static class ConsentValueCodes
{
    public static string ToCode(this ConsentValue value) => value switch
    {
        ConsentValue.NotRecorded => "unknown",
        ConsentValue.Yes => "yes",
        ConsentValue.No => "no",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParse(string? code, out ConsentValue value)
    {
        switch (code)
        {
            case "unknown": value = ConsentValue.NotRecorded; return true;
            case "yes": value = ConsentValue.Yes; return true;
            case "no": value = ConsentValue.No; return true;
            default: value = default; return false;
        }
    }

    /// <summary>The value as OrganisationModel's <c>Student.SocialMediaConsent</c> carries it.</summary>
    public static bool? ToFlag(this ConsentValue value) => value switch
    {
        ConsentValue.Yes => true,
        ConsentValue.No => false,
        _ => null,
    };

    public static ConsentValue FromFlag(bool? flag) => flag switch
    {
        true => ConsentValue.Yes,
        false => ConsentValue.No,
        null => ConsentValue.NotRecorded,
    };

    /// <summary>Dutch label for pages.</summary>
    public static string ToDutch(this ConsentValue value) => value switch
    {
        ConsentValue.Yes => "Ja",
        ConsentValue.No => "Nee",
        _ => "Niet vastgelegd",
    };
}
