namespace Protocolwacht.Domain.PlatformDecisions;

/// <summary>Whether a processing agreement (verwerkersovereenkomst) with the platform exists. Stored by name; never rename.</summary>
public enum ProcessingAgreement
{
    Yes,
    No,

    /// <summary>Not applicable: the platform processes no personal data on the board's behalf.</summary>
    NotApplicable,
}

public static class ProcessingAgreementNames
{
    public static string ToDutch(this ProcessingAgreement agreement) => agreement switch
    {
        ProcessingAgreement.Yes => "ja",
        ProcessingAgreement.No => "nee",
        ProcessingAgreement.NotApplicable => "niet van toepassing",
        _ => throw new ArgumentOutOfRangeException(nameof(agreement)),
    };
}
