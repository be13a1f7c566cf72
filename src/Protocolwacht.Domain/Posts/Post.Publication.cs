using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Posts;

// Confirmation, undo period and scheduling ("Eén druk op <enter> en het bericht staat online").
public sealed partial class Post
{
    /// <summary>When delivery may start (UTC): the end of the undo period or the scheduled moment, whichever is later.</summary>
    public DateTimeOffset? ReleaseAt { get; private set; }

    /// <summary>The state to return to when the author cancels during the undo period.</summary>
    public PostState? StateBeforeQueue { get; private set; }

    /// <summary>Whether the current content may be published given the server's fresh verdict.</summary>
    public bool MayBePublished(Verdict verdict) => verdict switch
    {
        Verdict.Allow => State is PostState.Ready or PostState.Approved,
        Verdict.Doubt => State == PostState.Approved && IsApprovedAsIs,
        _ => false,
    };

    /// <summary>
    /// The author confirmed after seeing the findings and accounts. Delivery starts at the later of
    /// the end of the undo period and the scheduled moment; until then <see cref="CancelPublication"/> works.
    /// </summary>
    public WorkflowResult ConfirmPublication(string actorId, Verdict verdict, TimeSpan undoPeriod, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan dit bericht publiceren.");
        }

        if (_accountIds.Count == 0)
        {
            return WorkflowResult.Refused("Kies minstens één account.");
        }

        if (!MayBePublished(verdict))
        {
            return WorkflowResult.Refused(verdict switch
            {
                Verdict.Block => "De controle blokkeert dit bericht; het kan niet gepubliceerd worden.",
                Verdict.Doubt => "Bij twijfel niet publiceren: vraag eerst je leidinggevende om advies.",
                _ => $"Publiceren kan niet wanneer het bericht '{State.ToDutch()}' is.",
            });
        }

        var endOfUndo = clock.GetUtcNow() + undoPeriod;
        ReleaseAt = ScheduledAt is { } scheduled && scheduled > endOfUndo ? scheduled : endOfUndo;
        StateBeforeQueue = State;
        Move(PostAction.PublicationConfirmed, PostState.Queued, actorId, clock, PostTransitionReasons.PublicationFrom, [PostTransitionReasons.Moment(ReleaseAt.Value)]);
        return WorkflowResult.Ok;
    }

    /// <summary>
    /// Every account has the post: it is published, and the history says when. Recorded by the system
    /// once the last delivery succeeds; a second call changes nothing (returns false).
    /// </summary>
    public bool RecordPublished(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (State != PostState.Queued)
        {
            return false;
        }

        StateBeforeQueue = null;
        Move(PostAction.Published, PostState.Published, PostTransition.SystemActor, clock, null);
        return true;
    }

    /// <summary>
    /// Withdraws a confirmed post before delivery starts. The caller must also withdraw the outbox rows
    /// in the same transaction and refuse when one of them was already claimed.
    /// </summary>
    public WorkflowResult CancelPublication(string actorId, TimeProvider clock)
    {
        if (!IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan de publicatie annuleren.");
        }

        if (State != PostState.Queued)
        {
            return WorkflowResult.Refused("Dit bericht staat niet klaar voor publicatie.");
        }

        var back = StateBeforeQueue ?? PostState.Draft;
        ReleaseAt = null;
        StateBeforeQueue = null;
        Move(PostAction.PublicationCancelled, back, actorId, clock, null);
        return WorkflowResult.Ok;
    }
}
