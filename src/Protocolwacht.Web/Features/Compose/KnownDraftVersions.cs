using System.Text.Json;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// The versions of a draft a page may have left on the server: what it opened or last saved, and a save of its own still
/// under way. The autosave sends them as <see cref="AutosaveRequest.Known"/>, the buttons as the form's
/// <see cref="ComposeForm.Known"/>, and both ask the same question before they store anything: would this save overwrite
/// a version the page never saw (another tab's)?
/// </summary>
public static class KnownDraftVersions
{
    /// <summary>The stored draft as a page holds it: text, every account it names (also one that can no longer be chosen) and its local moment.</summary>
    public static DraftVersion Of(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new DraftVersion(post.Text, post.AccountIds, post.ScheduledAt is { } at ? DutchTime.ToLocal(at) : null);
    }

    /// <summary>
    /// True when the stored draft is neither what this save holds (saving it again is harmless) nor a version the page
    /// knows it may have left there: then another tab changed it, and saving would overwrite that tab's text unseen.
    /// Null <paramref name="known"/> (a client that does not say) never counts as stale.
    /// </summary>
    public static bool Overwrites(Post post, IReadOnlyList<DraftVersion>? known, string text, IReadOnlyList<string> accounts, DateTimeOffset? scheduled)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (known is null || post.HoldsDraft(text, accounts, scheduled))
        {
            return false;
        }

        foreach (var version in known)
        {
            // A null element (a request written by hand) names no version.
            if (version?.Text is { } knownText
                && post.HoldsDraft(knownText.Trim(), version.Accounts?.Distinct(StringComparer.Ordinal).ToList() ?? [], version.ScheduledAt is { } local ? DutchTime.ToUtc(local) : null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The versions as the form's hidden field and the script carry them (JSON, the API's names).</summary>
    public static string Write(IReadOnlyList<DraftVersion> versions) => JsonSerializer.Serialize(versions, JsonSerializerOptions.Web);

    /// <summary>
    /// Reads the form's field: null for an empty field (a page that does not say), false for one that is not such a
    /// list or holds a null (changed by hand): the page then knows no version, so a save over a draft that differs is a
    /// conflict, never a silent overwrite.
    /// </summary>
    public static bool TryRead(string? json, out IReadOnlyList<DraftVersion>? versions)
    {
        versions = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }

        try
        {
            var read = JsonSerializer.Deserialize<List<DraftVersion?>>(json, JsonSerializerOptions.Web);
            if (read is null || read.Contains(null))
            {
                return false;
            }

            versions = read!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
