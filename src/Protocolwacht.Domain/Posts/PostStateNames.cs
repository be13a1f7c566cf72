namespace Protocolwacht.Domain.Posts;

/// <summary>Dutch labels for the workflow states, as pages and mails show them.</summary>
public static class PostStateNames
{
    public static string ToDutch(this PostState state) => state switch
    {
        PostState.Draft => "concept",
        PostState.Ready => "klaar om te plaatsen",
        PostState.AdviceNeeded => "twijfel: vraag advies",
        PostState.AdviceRequested => "advies gevraagd",
        PostState.Approved => "goedgekeurd",
        PostState.Returned => "teruggestuurd",
        PostState.MustChange => "moet aangepast worden",
        PostState.Queued => "ingepland voor publicatie",
        PostState.Published => "gepubliceerd",
        PostState.Removed => "verwijderd van het platform",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
