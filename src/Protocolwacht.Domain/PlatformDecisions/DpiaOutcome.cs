namespace Protocolwacht.Domain.PlatformDecisions;

/// <summary>The outcome of the data protection impact assessment (DPIA) of a platform. Stored by name; never rename.</summary>
public enum DpiaOutcome
{
    /// <summary>Akkoord: the platform may be used.</summary>
    Approved,

    /// <summary>Akkoord met maatregelen: may be used with the measures in the note.</summary>
    ApprovedWithMeasures,

    /// <summary>Niet akkoord: the board decided not to use the platform; the account cannot publish.</summary>
    Rejected,
}

public static class DpiaOutcomeNames
{
    public static string ToDutch(this DpiaOutcome outcome) => outcome switch
    {
        DpiaOutcome.Approved => "akkoord",
        DpiaOutcome.ApprovedWithMeasures => "akkoord met maatregelen",
        DpiaOutcome.Rejected => "niet akkoord",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
