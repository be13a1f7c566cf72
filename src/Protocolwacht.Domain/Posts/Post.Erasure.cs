using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Posts;

// The right to erasure (AVG art. 17, issue #15): a post that shows or names an erased pupil loses them.
public sealed partial class Post
{
    /// <summary>What an erased pupil's name becomes in a post's text.</summary>
    public const string ErasedName = PupilNameMatcher.Marker;

    /// <summary>
    /// True when the post is tied to the pupil: an attachment shows them, or any of its texts (the text, an advice
    /// step, an attachment's description) names them in full. A tied post's texts lose the first name alone too.
    /// </summary>
    public bool IsTiedTo(string studentId, PupilNameMatcher name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Shows(studentId) || name.IsNamedIn(Text)
            || _transitions.Any(t => name.IsNamedIn(t.Reason)) || _attachments.Any(a => name.IsNamedIn(a.Description));
    }

    /// <summary>True when an attachment shows <paramref name="studentId"/> or the post's content names them.</summary>
    public bool Concerns(string studentId, PupilNameMatcher name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tied = IsTiedTo(studentId, name);
        return Shows(studentId) || name.IsMentionedIn(Text, tied) || _attachments.Any(a => name.IsMentionedIn(a.Description, tied));
    }

    /// <summary>
    /// Removes an erased pupil from this post: attachments showing them go, their name in the text and in the other
    /// attachments' descriptions becomes <see cref="ErasedName"/>. A post that was not published yet goes back to
    /// draft (a queued one is held: the caller withdraws its outbox rows in the same unit of work), so it is
    /// checked and confirmed again before it can go out. A published post keeps its state; only the stored copy changes.
    /// The advice steps' texts are append-only: the caller redacts them with a redaction record.
    /// </summary>
    /// <returns>The ids of the attachments removed.</returns>
    public IReadOnlyList<Guid> RemoveErasedPupil(string studentId, PupilNameMatcher name, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(name);
        var removed = _attachments.Where(a => a.DepictedStudentIds.Contains(studentId, StringComparer.Ordinal)).ToList();
        _attachments = [.. _attachments.Except(removed).Select(a => a with { Description = name.RedactOrNull(a.Description, tied: true) })];
        Text = name.Redact(Text, tied: true);
        var to = State == PostState.Published ? PostState.Published : PostState.Draft;
        ReleaseAt = to == PostState.Draft ? null : ReleaseAt;
        StateBeforeQueue = to == PostState.Draft ? null : StateBeforeQueue;
        Move(PostAction.ErasedPupilRemoved, to, PostTransition.SystemActor, clock, PostTransitionReasons.ErasedPupil, []);
        return [.. removed.Select(a => a.BlobId)];
    }

    private bool Shows(string studentId) => _attachments.Any(a => a.DepictedStudentIds.Contains(studentId, StringComparer.Ordinal));
}
