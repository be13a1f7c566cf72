using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Reactions;

/// <summary>
/// A reaction (reply, comment) someone placed on a post an official account published, as fetched from the
/// platform: least data (the author's handle and display name as the platform shows them, the text, the
/// time and the platform's ids), unique per channel and platform id, so fetching it again changes nothing.
/// The inbox records what the school did with it: read, hidden on the platform, recorded as an incident,
/// answered, or marked as needing no answer. A civil reaction is never deleted (protocol DONT7): there is no
/// such state.
/// </summary>
public sealed class Reaction
{
    public const int MaxTextLength = 8000;
    public const int MaxAuthorLength = 200;

    private Reaction(Guid id, string accountId, string channel, string platformReactionId, string text)
    {
        Id = id;
        AccountId = accountId;
        Channel = channel;
        PlatformReactionId = platformReactionId;
        Text = text;
    }

    public Guid Id { get; private set; }

    /// <summary>The official account whose post received it.</summary>
    public string AccountId { get; private set; }

    public string Channel { get; private set; }

    /// <summary>The post it reacts to (the delivery's post), for the link to the post.</summary>
    public Guid PostId { get; private set; }

    public Guid DeliveryId { get; private set; }

    /// <summary>The reaction's id on the platform; with <see cref="Channel"/> the idempotency key.</summary>
    public string PlatformReactionId { get; private set; }

    /// <summary>What it answers on the platform (the post or another reaction).</summary>
    public string? InReplyToId { get; private set; }

    public string? AuthorHandle { get; private set; }
    public string? AuthorName { get; private set; }
    public string Text { get; private set; }

    /// <summary>When it was placed, by the platform's clock (UTC).</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>When Protocolwacht first fetched it (UTC).</summary>
    public DateTimeOffset FetchedAt { get; private set; }

    public string? Url { get; private set; }

    /// <summary>True when the check found it abusive, hateful, threatening or revealing personal data.</summary>
    public bool Flagged { get; private set; }

    /// <summary>Dutch: why it is flagged, for the people who handle the inbox.</summary>
    public string? FlagReason { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }
    public string? HiddenBy { get; private set; }
    public Guid? IncidentId { get; private set; }

    /// <summary>When the reaction was reported to the platform's moderators, and by whom (the first report counts).</summary>
    public DateTimeOffset? ReportedAt { get; private set; }
    public string? ReportedBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Who answered: a staff id, or null when the account's own reply was seen on the platform.</summary>
    public string? AnsweredBy { get; private set; }

    /// <summary>Marked as needing no answer (thanks, a like in words) by a staff member.</summary>
    public DateTimeOffset? NoAnswerNeededAt { get; private set; }

    /// <summary>True while nobody answered it, hid it or said it needs no answer.</summary>
    public bool NeedsAnswer => AnsweredAt is null && HiddenAt is null && NoAnswerNeededAt is null;

    public static Reaction Fetched(Guid id, string accountId, string channel, Guid postId, Guid deliveryId, ReactionContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new Reaction(id, accountId, channel, content.PlatformReactionId, Cut(content.Text, MaxTextLength)!)
        {
            PostId = postId,
            DeliveryId = deliveryId,
            InReplyToId = content.InReplyToId,
            AuthorHandle = Cut(content.AuthorHandle, MaxAuthorLength),
            AuthorName = Cut(content.AuthorName, MaxAuthorLength),
            PlacedAt = content.PlacedAt,
            FetchedAt = now,
            Url = content.Url,
            HiddenAt = content.HiddenOnPlatform ? now : null,
        };
    }

    /// <summary>Records the check's outcome; <paramref name="reason"/> null means nothing to flag.</summary>
    public void Assess(string? reason)
    {
        Flagged = reason is not null;
        FlagReason = reason;
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    /// <summary>
    /// Takes an erased pupil's name out of the stored copy of the reaction and the check's note on it (AVG art. 17);
    /// the reaction on the platform is not ours to change. True when either changed.
    /// </summary>
    public bool EraseName(PupilNameMatcher name, bool tied)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.IsMentionedIn(Text, tied) && !name.IsMentionedIn(FlagReason, tied))
        {
            return false;
        }

        Text = name.Redact(Text, tied);
        FlagReason = name.RedactOrNull(FlagReason, tied);
        return true;
    }

    public void MarkHidden(string staffId, DateTimeOffset now)
    {
        HiddenAt ??= now;
        HiddenBy ??= staffId;
        ReadAt ??= now;
    }

    public void MarkReported(string staffId, DateTimeOffset now)
    {
        ReportedAt ??= now;
        ReportedBy ??= staffId;
        ReadAt ??= now;
    }

    public void LinkIncident(Guid incidentId, DateTimeOffset now)
    {
        IncidentId = incidentId;
        ReadAt ??= now;
    }

    /// <param name="staffId">Null when the account's own reply was found on the platform.</param>
    public void MarkAnswered(string? staffId, DateTimeOffset now)
    {
        AnsweredAt ??= now;
        AnsweredBy ??= staffId;
        ReadAt ??= now;
    }

    public void MarkNoAnswerNeeded(DateTimeOffset now)
    {
        NoAnswerNeededAt ??= now;
        ReadAt ??= now;
    }

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
