using System.Globalization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>
/// The reasons the system writes for a takedown task after consent is withdrawn (<see cref="ConsentFollowUp"/>): stored
/// in Dutch and shown in the reader's language. Only these texts are translated where a deletion's reason is shown: a
/// reason a person typed is shown as typed, even when its words happen to equal one of the interface's texts ("Ja").
/// </summary>
public static class TakedownReasons
{
    // A template, not an interpolated string: the reason is stored in Dutch and its entry (with the hole) translates it.
    private const string Template = "De toestemming voor {0} op social media is ingetrokken of op \"nee\" gezet; het bericht moet offline en de afbeelding uit het archief (AVG, BG5).";

    private static readonly string Photo = string.Format(CultureInfo.InvariantCulture, Template, "zijn of haar foto");
    private static readonly string Name = string.Format(CultureInfo.InvariantCulture, Template, "zijn of haar naam");

    /// <summary>The task's reason: the pupil is <paramref name="shown"/> on the post's image, or else named in its text.</summary>
    public static string For(bool shown) => shown ? Photo : Name;

    /// <summary>A stored reason as a reader sees it: one of the system's takedown reasons in their language, any other as stored.</summary>
    public static string Shown(string reason, Translate translate)
    {
        ArgumentNullException.ThrowIfNull(translate);
        return IsSystemText(reason) ? translate(reason) : reason;
    }

    /// <summary>Whether <paramref name="text"/> is one of the system's takedown reasons, word for word.</summary>
    private static bool IsSystemText(string? text) =>
        string.Equals(text, Photo, StringComparison.Ordinal) || string.Equals(text, Name, StringComparison.Ordinal);
}
