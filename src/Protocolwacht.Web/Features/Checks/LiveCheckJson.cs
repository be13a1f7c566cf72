using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>What the composer sends while the author types.</summary>
/// <param name="ReplyToReactionId">For a reply: the reaction it answers, so the check runs with reply_to as it will on saving.</param>
/// <param name="ReplyAudience">For a reply: who wrote the reaction as the author chose (Parent, Pupil, Staff, Public).</param>
public sealed record LiveCheckRequest(
    string? Text, IReadOnlyList<string>? Accounts, bool Personal, IReadOnlyList<LiveAttachment>? Attachments, Guid? ReplyToReactionId = null, string? ReplyAudience = null);

/// <summary>Attachment metadata as the composer form holds it; the bytes are not needed to check.</summary>
public sealed record LiveAttachment(string? Kind, string? Source, bool? Permission, IReadOnlyList<string>? Depicts, int UnidentifiedPeople, bool Logo)
{
    public PostAttachment ToPostAttachment() => new(
        Guid.Empty,
        Enum.TryParse<AttachmentKind>(Kind, ignoreCase: true, out var kind) ? kind : AttachmentKind.Image,
        "",
        null,
        Codes.TryParseSource(Source, out var source) ? source : AttachmentSource.Unknown,
        Permission,
        Depicts ?? [],
        Math.Max(0, UnidentifiedPeople),
        Logo);
}

/// <summary>
/// The composer's answer: the verdict and each finding in the author's language (<see cref="FindingMessages"/>),
/// each finding with the protocol text beside it, and per chosen account the text's length as that platform counts it.
/// </summary>
public sealed record LiveCheckResponse(string Verdict, string VerdictText, IReadOnlyList<LiveFinding> Findings, IReadOnlyList<LiveLength> Lengths)
{
    public static LiveCheckResponse From(CheckResult result, IReadOnlyList<LiveLength> lengths, FindingMessages messages)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(messages);
        return new(result.Verdict.ToCode(), messages.Of(VerdictTexts.Of(result.Verdict)), [.. result.Findings.Select(f => LiveFinding.From(f, messages))], lengths);
    }
}

/// <param name="Unit">x-weighted, graphemes or code-points.</param>
public sealed record LiveLength(string AccountId, string Platform, int Length, int MaxLength, string Unit, bool Fits);

/// <param name="Message">
/// The finding's sentence in the author's language, without a citation of its own part (<paramref name="GuidelineTitle"/>, which
/// the page shows beside it); for an English author without any of the protocol's Dutch titles.
/// </param>
/// <param name="Citations">
/// The titles of the protocol's parts the English sentence cited, in Dutch, to be shown after it as the review page does
/// (<see cref="CitedMessage"/>); not the finding's own part, which <paramref name="GuidelineTitle"/> names. Empty for a Dutch
/// author, whose sentence keeps them.
/// </param>
public sealed record LiveFinding(
    string Category, string Severity, string Guideline, string GuidelineTitle, string GuidelineText, int? Start, int? End, string Message, IReadOnlyList<string> Citations)
{
    public static LiveFinding From(Finding f, FindingMessages messages)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(messages);
        var message = messages.Cited(f.Message, f.GuidelineTitle);
        return new(f.Category, f.Severity.ToCode(), f.Guideline, f.GuidelineTitle, f.GuidelineText, f.Start, f.End, message.Sentence, message.Citations);
    }
}
