using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Freezes;

/// <summary>
/// A crisis freeze (publicatiestop): while it is active nothing is published on the accounts it covers.
/// <see cref="SchoolId"/> null freezes the whole board (the board's accounts and every school's).
/// A freeze is started and lifted explicitly by a named person, each with a moment, and never deleted:
/// the row is the record of both. Invariant: <see cref="LiftedAt"/> is null exactly while it is active.
/// </summary>
public sealed class PublishingFreeze
{
    /// <summary>The longest reason kept; a reason is meant to be a sentence or two.</summary>
    public const int MaxReasonLength = 1000;

    private PublishingFreeze(Guid id, string? schoolId, string reason, string frozenBy, DateTimeOffset frozenAt)
    {
        Id = id;
        SchoolId = schoolId;
        Reason = reason;
        FrozenBy = frozenBy;
        FrozenAt = frozenAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The school whose accounts are frozen; null for the whole board.</summary>
    public string? SchoolId { get; private set; }

    /// <summary>Why publishing stopped, in the words of the person who stopped it (shown in the composer).</summary>
    public string Reason { get; private set; }

    public string FrozenBy { get; private set; }
    public DateTimeOffset FrozenAt { get; private set; }
    public string? LiftedBy { get; private set; }
    public DateTimeOffset? LiftedAt { get; private set; }

    /// <summary>Why publishing may resume (optional).</summary>
    public string? LiftNote { get; private set; }

    public bool IsActive => LiftedAt is null;

    public bool IsBoardWide => SchoolId is null;

    /// <summary>Starts a freeze; a blank reason is refused (the composer must be able to say why).</summary>
    public static PublishingFreeze? Start(Guid id, string? schoolId, string? reason, string frozenBy, DateTimeOffset now, out string? error)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "Vul een reden in: iedereen die wil publiceren ziet die reden.";
            return null;
        }

        if (text.Length > MaxReasonLength)
        {
            error = $"De reden is te lang (hoogstens {MaxReasonLength} tekens).";
            return null;
        }

        error = null;
        return new PublishingFreeze(id, schoolId, text, frozenBy, now);
    }

    /// <summary>Lifts the freeze; false when it was already lifted (then nothing changes).</summary>
    public bool Lift(string liftedBy, string? note, DateTimeOffset now)
    {
        if (!IsActive)
        {
            return false;
        }

        LiftedBy = liftedBy;
        LiftedAt = now;
        LiftNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, MaxReasonLength)];
        return true;
    }

    /// <summary>
    /// Takes an erased pupil's name out of the reason and the lift note (AVG art. 17): a crisis freeze is often
    /// about one child. The first name alone goes only where the freeze also names them in full.
    /// </summary>
    /// <returns>True when a text changed.</returns>
    public bool EraseName(PupilNameMatcher name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tied = name.IsNamedIn(Reason) || name.IsNamedIn(LiftNote);
        if (!name.IsMentionedIn(Reason, tied) && !name.IsMentionedIn(LiftNote, tied))
        {
            return false;
        }

        (Reason, LiftNote) = (name.Redact(Reason, tied), name.RedactOrNull(LiftNote, tied));
        return true;
    }

    /// <summary>True when an active freeze stops publication on <paramref name="account"/>.</summary>
    public bool Covers(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return IsActive && (SchoolId is null || SchoolId == account.SchoolId);
    }
}
