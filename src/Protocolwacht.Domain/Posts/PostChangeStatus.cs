namespace Protocolwacht.Domain.Posts;

/// <summary>Where a change to a published post stands. Stored by name, so never rename a member.</summary>
public enum PostChangeStatus
{
    /// <summary>A task nobody has taken up yet (a takedown after a withdrawn consent): someone must request it.</summary>
    Proposed,

    /// <summary>Requested; a second person (the author's manager or an administrator, never the requester) must approve.</summary>
    AwaitingApproval,

    /// <summary>Approved (or allowed without approval): the outbox rows are on their way to the platform.</summary>
    InProgress,

    /// <summary>Every account has the change.</summary>
    Done,

    /// <summary>The second person did not approve; nothing changed on the platform.</summary>
    Refused,
}

public static class PostChangeStatusNames
{
    public static string ToDutch(this PostChangeStatus status) => status switch
    {
        PostChangeStatus.Proposed => "taak: nog aan te vragen",
        PostChangeStatus.AwaitingApproval => "wacht op goedkeuring van een tweede persoon",
        PostChangeStatus.InProgress => "wordt uitgevoerd op het platform",
        PostChangeStatus.Done => "uitgevoerd",
        PostChangeStatus.Refused => "afgewezen",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
