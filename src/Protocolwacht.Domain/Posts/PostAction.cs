namespace Protocolwacht.Domain.Posts;

/// <summary>What happened in one workflow step. Stored by name, so never rename a member.</summary>
public enum PostAction
{
    Created,
    Edited,
    Checked,
    AdviceRequested,
    Approved,
    Returned,
    Escalated,
    PublicationConfirmed,
    PublicationCancelled,
    Published,

    /// <summary>A pupil it shows or names was erased (AVG art. 17): publication withdrawn, the pupil removed from it.</summary>
    ErasedPupilRemoved,
    ChangeRequested,
    ChangeApproved,
    ChangeRefused,
    Corrected,
    Deleted,
}

public static class PostActionNames
{
    public static string ToDutch(this PostAction action) => action switch
    {
        PostAction.Created => "aangemaakt",
        PostAction.Edited => "gewijzigd",
        PostAction.Checked => "gecontroleerd",
        PostAction.AdviceRequested => "advies gevraagd",
        PostAction.Approved => "goedgekeurd",
        PostAction.Returned => "teruggestuurd",
        PostAction.Escalated => "doorgestuurd naar de volgende leidinggevende",
        PostAction.PublicationConfirmed => "publicatie bevestigd",
        PostAction.PublicationCancelled => "publicatie geannuleerd",
        PostAction.Published => "gepubliceerd",
        PostAction.ErasedPupilRemoved => "gewiste leerling verwijderd",
        PostAction.ChangeRequested => "aanpassing of verwijdering gevraagd",
        PostAction.ChangeApproved => "aanpassing of verwijdering goedgekeurd",
        PostAction.ChangeRefused => "aanpassing of verwijdering afgewezen",
        PostAction.Corrected => "aangepast",
        PostAction.Deleted => "verwijderd van het platform",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
