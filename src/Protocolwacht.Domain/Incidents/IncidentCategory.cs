namespace Protocolwacht.Domain.Incidents;

/// <summary>The kinds of online incident the register knows (issue #11, protocol: Veiligheid). Stored by name; never rename.</summary>
public enum IncidentCategory
{
    PupilBullying,
    ColleagueBullying,
    Threat,
    Impersonation,
    LeakedPhoto,
    Sexting,
    HateInReactions,
    PrivacyBreach,
}

public static class IncidentCategoryNames
{
    public static string ToDutch(this IncidentCategory category) => category switch
    {
        IncidentCategory.PupilBullying => "online pesten van een leerling",
        IncidentCategory.ColleagueBullying => "online pesten van een collega",
        IncidentCategory.Threat => "bedreiging",
        IncidentCategory.Impersonation => "imitatie of nepaccount op naam van de school",
        IncidentCategory.LeakedPhoto => "gelekte foto",
        IncidentCategory.Sexting => "sexting",
        IncidentCategory.HateInReactions => "haat in reacties",
        IncidentCategory.PrivacyBreach => "privacyschending of datalek",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
