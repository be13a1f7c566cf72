namespace Protocolwacht.Connectors.Reactions;

/// <summary>Why a reaction is reported to the platform; each connector maps it to the platform's own categories.</summary>
public enum ReportReason
{
    /// <summary>Insulting or abusive (kwetsend of beledigend).</summary>
    Abuse,

    /// <summary>Hate against a group (haat of discriminatie).</summary>
    Hate,

    /// <summary>A threat or intimidation (bedreiging).</summary>
    Threat,

    /// <summary>Reveals personal data, for instance of a pupil (privacy).</summary>
    Privacy,

    Spam,

    Other,
}
