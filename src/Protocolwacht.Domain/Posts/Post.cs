namespace Protocolwacht.Domain.Posts;

/// <summary>
/// A post for one or more official accounts, from draft to publication. Every state change goes
/// through a method here that enforces the protocol's workflow and appends a <see cref="PostTransition"/>;
/// nothing else sets <see cref="State"/>. Times come from the caller's <see cref="TimeProvider"/>.
/// Not thread-safe: load, change and save it within one unit of work (<see cref="Version"/> guards
/// against concurrent saves).
/// </summary>
public sealed partial class Post
{
    private List<PostTransition> _transitions = [];
    private List<string> _accountIds = [];
    private List<PostAttachment> _attachments = [];

    private Post(Guid id, string authorId, string text)
    {
        Id = id;
        AuthorId = authorId;
        Text = text;
    }

    public Guid Id { get; private set; }
    public string AuthorId { get; private set; }
    public string Text { get; private set; }
    public IReadOnlyList<string> AccountIds => _accountIds;
    public IReadOnlyList<PostAttachment> Attachments => _attachments;

    /// <summary>When the author wants it published (UTC); null means as soon as the undo period has passed.</summary>
    public DateTimeOffset? ScheduledAt { get; private set; }

    public PostState State { get; private set; }
    public Verdict? LastVerdict { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Incremented by every transition; the persistence layer uses it as a concurrency token.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<PostTransition> Transitions => _transitions;

    public PostContent Content => new(Text, _accountIds, _attachments);

    public static Post CreateDraft(Guid id, string authorId, PostContent content, DateTimeOffset? scheduledAt, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var post = new Post(id, authorId, content.Text)
        {
            _accountIds = [.. content.AccountIds],
            _attachments = [.. content.Attachments],
            _transitions = [], // not readonly: EF Core sets it when loading a post
            ScheduledAt = scheduledAt?.ToUniversalTime(),
            State = PostState.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        post.Record(PostAction.Created, PostState.Draft, PostState.Draft, authorId, now, null);
        return post;
    }

    /// <summary>
    /// Replaces the content; the post becomes a draft again and must be checked. A pending request for
    /// advice lapses. An earlier approval stays attached to the content it approved, so it applies only
    /// if the content becomes exactly that again.
    /// </summary>
    public WorkflowResult Edit(string actorId, PostContent content, DateTimeOffset? scheduledAt, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        if (!IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan dit bericht wijzigen.");
        }

        if (State == PostState.Queued)
        {
            return WorkflowResult.Refused("Dit bericht staat klaar voor publicatie; annuleer de publicatie eerst.");
        }

        if (State == PostState.Published)
        {
            return WorkflowResult.Refused("Dit bericht is al gepubliceerd en kan niet meer gewijzigd worden.");
        }

        var lapsed = State == PostState.AdviceRequested;
        _accountIds = [.. content.AccountIds];
        _attachments = [.. content.Attachments];
        Text = content.Text;
        ScheduledAt = scheduledAt?.ToUniversalTime();
        ApproverId = null;
        SetTerm(null);
        if (lapsed)
        {
            Move(PostAction.Edited, PostState.Draft, actorId, clock, PostTransitionReasons.AdviceLapsed, []);
        }
        else
        {
            Move(PostAction.Edited, PostState.Draft, actorId, clock, null);
        }

        return WorkflowResult.Ok;
    }

    /// <summary>
    /// Records the verdict of a check of the current content: allow → ready, block → must change,
    /// doubt → approved when the manager approved exactly this content, else advice needed.
    /// </summary>
    public WorkflowResult RecordCheck(string actorId, Verdict verdict, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (State is PostState.AdviceRequested or PostState.Queued or PostState.Published)
        {
            return WorkflowResult.Refused($"Het bericht is nu '{State.ToDutch()}' en kan niet opnieuw beoordeeld worden.");
        }

        LastVerdict = verdict;
        var next = verdict switch
        {
            Verdict.Allow => PostState.Ready,
            Verdict.Block => PostState.MustChange,
            _ => IsApprovedAsIs ? PostState.Approved : PostState.AdviceNeeded,
        };
        if (next == State && _transitions.Count > 0 && _transitions[^1].Action == PostAction.Checked)
        {
            return WorkflowResult.Ok; // the same verdict again adds nothing worth recording
        }

        Move(PostAction.Checked, next, actorId, clock, VerdictReasonCode(verdict), []);
        return WorkflowResult.Ok;
    }

    public bool IsAuthor(string? actorId) => string.Equals(actorId, AuthorId, StringComparison.Ordinal);

    private static string VerdictReasonCode(Verdict verdict) => verdict switch
    {
        Verdict.Allow => PostTransitionReasons.CheckAllowed,
        Verdict.Doubt => PostTransitionReasons.CheckDoubted,
        _ => PostTransitionReasons.CheckBlocked,
    };

    private void Move(PostAction action, PostState to, string actorId, TimeProvider clock, string? reason) =>
        Move(clock, new PostTransition(0, action, State, to, actorId, default, reason));

    // A reason the system writes: its code and arguments, with the Dutch sentence the archive and the audit trail quote.
    private void Move(PostAction action, PostState to, string actorId, TimeProvider clock, string reasonCode, IReadOnlyList<string> arguments) =>
        Move(clock, new PostTransition(0, action, State, to, actorId, default, PostTransitionReasons.Dutch(reasonCode, arguments))
        {
            ReasonCode = reasonCode,
            ReasonArguments = arguments,
        });

    // The step's number and moment are filled in here.
    private void Move(TimeProvider clock, PostTransition step)
    {
        var now = clock.GetUtcNow();
        State = step.To;
        UpdatedAt = now;
        Record(step with { Sequence = _transitions.Count + 1, At = now });
    }

    private void Record(PostAction action, PostState from, PostState to, string actorId, DateTimeOffset at, string? reason) =>
        Record(new PostTransition(_transitions.Count + 1, action, from, to, actorId, at, reason));

    private void Record(PostTransition step)
    {
        Version++;
        _transitions.Add(step);
    }
}
