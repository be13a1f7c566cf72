namespace Protocolwacht.Domain.Posts;

// After publication: corrections and deletions (BG3, DO3). Each step is a transition, so the post's history
// says who asked, who approved and why; the platform work goes through the outbox.
public sealed partial class Post
{
    /// <summary>How many corrections went out or are going out; the original is revision 1.</summary>
    public int Revision => 1 + _transitions.Count(t => t.Action == PostAction.Corrected);

    /// <summary>Records a request to correct or delete this published post, with its reason.</summary>
    public WorkflowResult RecordChangeRequested(string actorId, PostChangeKind kind, string reason, TimeProvider clock)
    {
        if (State != PostState.Published)
        {
            return WorkflowResult.Refused(State == PostState.Removed
                ? "Dit bericht is al van het platform verwijderd."
                : "Alleen een gepubliceerd bericht kan aangepast of verwijderd worden.");
        }

        // The code names the request; the person's own words stay in the sentence only, where an erasure redacts them.
        var code = kind == PostChangeKind.Deletion ? PostTransitionReasons.DeletionRequested : PostTransitionReasons.CorrectionRequested;
        Move(clock, new PostTransition(0, PostAction.ChangeRequested, State, State, actorId, default, $"{PostTransitionReasons.DutchTemplate(code)}: {reason}") { ReasonCode = code, ReasonArguments = [] });
        return WorkflowResult.Ok;
    }

    public void RecordChangeDecision(string actorId, bool approved, TimeProvider clock) =>
        Move(approved ? PostAction.ChangeApproved : PostAction.ChangeRefused, State, actorId, clock, null);

    /// <summary>The corrected text becomes the post's text; the original stays in the archive and in the history.</summary>
    public void RecordCorrection(string actorId, string text, string reason, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Move(PostAction.Corrected, PostState.Published, actorId, clock, reason);
    }

    /// <summary>Every account removed the post. A second call changes nothing (returns false).</summary>
    public bool RecordRemoved(TimeProvider clock)
    {
        if (State != PostState.Published)
        {
            return false;
        }

        Move(PostAction.Deleted, PostState.Removed, PostTransition.SystemActor, clock, null);
        return true;
    }
}
