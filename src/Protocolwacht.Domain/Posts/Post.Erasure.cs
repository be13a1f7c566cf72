namespace Protocolwacht.Domain.Posts;

// The right to erasure (AVG art. 17, issue #15): a post that shows or names an erased pupil loses them.
public sealed partial class Post
{
    /// <summary>What an erased pupil's name becomes in a post's text.</summary>
    public const string ErasedName = "[naam verwijderd]";

    /// <summary>True when an attachment shows <paramref name="studentId"/> or the text names <paramref name="name"/>.</summary>
    public bool Concerns(string studentId, string name) =>
        _attachments.Any(a => a.DepictedStudentIds.Contains(studentId, StringComparer.Ordinal))
        || Text.Contains(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Removes an erased pupil from this post: attachments showing them go, their name in the text becomes
    /// <see cref="ErasedName"/>. A post that was not published yet goes back to draft (a queued one is held:
    /// the caller withdraws its outbox rows in the same unit of work), so it is checked and confirmed again
    /// before it can go out. A published post keeps its state; only the stored copy changes.
    /// </summary>
    /// <returns>The ids of the attachments removed.</returns>
    public IReadOnlyList<Guid> RemoveErasedPupil(string studentId, string name, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var removed = _attachments.Where(a => a.DepictedStudentIds.Contains(studentId, StringComparer.Ordinal)).ToList();
        _attachments = [.. _attachments.Except(removed)];
        Text = Text.Replace(name, ErasedName, StringComparison.OrdinalIgnoreCase);
        var to = State == PostState.Published ? PostState.Published : PostState.Draft;
        ReleaseAt = to == PostState.Draft ? null : ReleaseAt;
        StateBeforeQueue = to == PostState.Draft ? null : StateBeforeQueue;
        Move(PostAction.ErasedPupilRemoved, to, PostTransition.SystemActor, clock, "Een leerling is op verzoek gewist (AVG art. 17).");
        return [.. removed.Select(a => a.BlobId)];
    }
}
