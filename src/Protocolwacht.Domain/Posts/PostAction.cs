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
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
