namespace Protocolwacht.Domain.Posts;

public sealed partial class Post
{
    /// <summary>
    /// True while the post is the author's own work in progress: nobody else is involved yet (no advice asked or
    /// given) and it is not on its way out. Only then may the composer save it without the author pressing a button.
    /// </summary>
    public bool MayAutosave => State is PostState.Draft or PostState.Ready or PostState.AdviceNeeded or PostState.MustChange or PostState.Returned;

    /// <summary>
    /// Stores the author's typing without a workflow step: the content is replaced and the post is an unchecked
    /// draft again (the explicit save checks it). Only the first change after creation or a check is recorded as
    /// <see cref="PostAction.Edited"/>; later autosaves of the same editing session add no transition, so typing does
    /// not fill the history. The same content again changes nothing (a late duplicate cannot undo a check).
    /// Attachments are not part of an autosave: the post keeps its own.
    /// </summary>
    public WorkflowResult Autosave(string actorId, string text, IReadOnlyList<string> accountIds, DateTimeOffset? scheduledAt, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(accountIds);
        ArgumentNullException.ThrowIfNull(clock);
        if (!IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan dit concept opslaan.");
        }

        if (!MayAutosave)
        {
            return WorkflowResult.Refused($"Dit bericht is geen concept meer (het is nu '{State.ToDutch()}'); automatisch opslaan kan niet. Sla je wijziging op met de knop.");
        }

        if (HoldsDraft(text, accountIds, scheduledAt))
        {
            return WorkflowResult.Ok;
        }

        var content = new PostContent(text, accountIds, _attachments);
        var utc = scheduledAt?.ToUniversalTime();
        if (State == PostState.Draft && _transitions.Count > 0 && _transitions[^1].Action is PostAction.Created or PostAction.Edited)
        {
            Text = text;
            _accountIds = [.. accountIds];
            ScheduledAt = utc;
            UpdatedAt = clock.GetUtcNow();
            Version++; // still guards against a concurrent save, without a transition
            return WorkflowResult.Ok;
        }

        return Edit(actorId, content, scheduledAt, clock);
    }

    /// <summary>
    /// True when the post already holds this text, these accounts and this moment (its own attachments kept): saving
    /// them again changes nothing, so a second save of the same typing (two requests at once) is no conflict.
    /// </summary>
    public bool HoldsDraft(string text, IReadOnlyList<string> accountIds, DateTimeOffset? scheduledAt) =>
        new PostContent(text, accountIds, _attachments).Fingerprint == Content.Fingerprint && scheduledAt?.ToUniversalTime() == ScheduledAt;
}
