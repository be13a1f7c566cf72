using System.Globalization;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// What each platform takes, read from its connector's <see cref="PlatformCapabilities"/> (the one source):
/// the rule the composer shows per account, the length as the platform counts it, and the problems that
/// make confirmation refuse a post. An account whose channel has no connector (YouTube, a blog) has no rule.
/// </summary>
public sealed class PlatformRules(PlatformConnectors platforms)
{
    private readonly Dictionary<string, PlatformCapabilities> _byChannel =
        platforms.All.GroupBy(c => c.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Capabilities, StringComparer.Ordinal);

    public PlatformCapabilities? For(OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return _byChannel.GetValueOrDefault(account.Channel);
    }

    /// <summary>
    /// "X: hoogstens 280 tekens (gewogen: links tellen 23, emoji 2), tot 4 afbeeldingen", each part through
    /// <paramref name="t"/> so a reader who chose English reads it in English (the platform's name stays), its numbers
    /// written as the reader's culture writes them ("3.000" in Dutch, "3,000" in English).
    /// </summary>
    public static string RuleText(PlatformCapabilities capabilities, Translate t)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(t);
        var counting = capabilities.TextLengthUnit switch
        {
            TextLengthUnit.XWeighted => $" ({t("gewogen: links tellen 23, emoji 2")})",
            TextLengthUnit.Graphemes => $" ({t("tekens zoals je ze ziet")})",
            _ => string.Empty,
        };
        var standard = capabilities.DisplayName == "Mastodon" ? $" ({t("standaard; een server kan meer toestaan")})" : string.Empty;
        var imagesOnly = capabilities.MediaKinds.SetEquals([MediaKind.Image]);
        var noun = (imagesOnly, capabilities.MaxMediaCount == 1) switch
        {
            (true, true) => t("afbeelding"),
            (true, false) => t("afbeeldingen"),
            (false, true) => t("bijlage"),
            _ => t("bijlagen"),
        };
        var max = ReadersNumber(capabilities.MaxMediaCount);
        var media = capabilities.MediaKinds.Count == 0 ? t("alleen tekst")
            : capabilities.RequiresMedia ? Format(t("met 1 tot {0} {1}"), max, noun)
            : Format(t("tot {0} {1}"), max, noun);
        return $"{capabilities.DisplayName}: {Format(t("hoogstens {0} tekens"), ReadersNumber(capabilities.MaxTextLength))}{counting}{standard}, {media}";
    }

    private static string Format(string template, params object[] holes) => string.Format(CultureInfo.CurrentCulture, template, holes);

    /// <summary>Why <paramref name="account"/>'s platform cannot take this text and these attachments; empty when it can.</summary>
    public IReadOnlyList<string> Problems(OfficialAccount account, string text, IReadOnlyList<PostAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attachments);
        if (For(account) is not { } c)
        {
            return [];
        }

        var who = $"{account.Handle} ({c.DisplayName})";
        var problems = new List<string>();
        var length = TextLength.Measure(text, c.TextLengthUnit);
        if (length > c.MaxTextLength)
        {
            problems.Add($"{who}: de tekst telt {ReadersNumber(length)} tekens; {c.DisplayName} neemt er hoogstens {ReadersNumber(c.MaxTextLength)}.");
        }

        var images = attachments.Count(a => a.Kind == AttachmentKind.Image);
        if (images > c.MaxMediaCount || attachments.Count > c.MaxMediaCount)
        {
            problems.Add(images == attachments.Count
                ? $"{who}: {ReadersNumber(images)} afbeeldingen; {c.DisplayName} neemt er hoogstens {ReadersNumber(c.MaxMediaCount)}."
                : $"{who}: {ReadersNumber(attachments.Count)} bijlagen; {c.DisplayName} neemt er hoogstens {ReadersNumber(c.MaxMediaCount)}.");
        }

        foreach (var kind in attachments.Select(a => a.Kind).Distinct().Where(k => !c.MediaKinds.Contains(MediaKindOf(k))))
        {
            problems.Add($"{who}: {c.DisplayName} kan geen {KindName(kind)} plaatsen.");
        }

        if (c.RequiresMedia && attachments.Count == 0)
        {
            problems.Add($"{who}: {c.DisplayName} plaatst alleen berichten met een foto of video.");
        }

        return problems;
    }

    /// <summary>How a connector names an attachment's kind; the publisher sends media with it too.</summary>
    public static MediaKind MediaKindOf(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Image => MediaKind.Image,
        AttachmentKind.Video => MediaKind.Video,
        _ => MediaKind.Document,
    };

    private static string KindName(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Image => "afbeeldingen",
        AttachmentKind.Video => "video's",
        _ => "documenten",
    };

    // The problems are Dutch sentences that a page translates as a whole (their entries are Dutch templates whose
    // holes take the numbers as they are), so the numbers are written as the reader's culture writes them: "3.000"
    // for a Dutch reader, "3,000" for an English one. Problems are only made for a request, in its culture.
    private static string ReadersNumber(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
