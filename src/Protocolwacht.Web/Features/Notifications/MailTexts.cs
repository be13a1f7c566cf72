using System.Globalization;
using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// A notification mail in its recipient's language. The system knows a person's language only when they chose one
/// with the language switch while signed in (kept as the <see cref="LanguageClaim"/> claim of their sign-in account);
/// everyone else gets Dutch. The mail's frame comes from MailTexts.resx / MailTexts.en.resx; the subject and text,
/// which the workflow composes in Dutch, are translated where a template fits (<see cref="DutchTemplates"/>; a filled-in
/// part no notice template fits, such as an incident's category, and a failed delivery's sentence and reason by
/// <see cref="UiTranslator"/>, which the pages share) and otherwise stay Dutch. A refused publication's text carries the platform's own words (<see cref="DeliveryProblem"/>):
/// the mail gives the reason with what to do first and the platform's words after it, quoted, as the post page does.
/// The notices page shows a stored notice through <see cref="Notice"/>: the same translation at the moment it is read,
/// so a notice stored in Dutch (every notice is) reads in the language the reader chose, old notices included.
/// </summary>
public sealed class MailTexts(IStringLocalizer<MailTexts> frame, UiTranslator ui)
{
    /// <summary>The claim type that holds the language a person chose (a culture name, "en" or "nl-NL").</summary>
    public const string LanguageClaim = "protocolwacht:language";

    private readonly DutchTemplates _templates = new(frame, ui.Translate);

    public (string Subject, string Body) Compose(CultureInfo language, string name, string subject, string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(language);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language;
        try
        {
            var dutch = language.TwoLetterISOLanguageName == "nl";
            var problem = DeliveryProblem.Of(text);
            var lines = new List<string> { frame["Beste {0},", name], "", dutch ? problem.Explanation : Translated(problem.Explanation) };
            if (problem.PlatformMessage is { } platformMessage)
            {
                // The platform's own words (usually English, never translated) after the reason and what to do, for
                // whoever helps: the beheerder, the platform's support.
                lines.AddRange(["", frame["Melding van het platform:"], $"\"{platformMessage}\""]);
            }

            lines.AddRange(["", frame["Bekijk het bericht: {0}", url], "", frame["Met vriendelijke groet,"], "Protocolwacht"]);
            return (dutch ? subject : Translated(subject), string.Join('\n', lines));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// A mail the system writes whole (a password link): <paramref name="write"/> takes its lines from MailTexts.resx
    /// with <paramref name="language"/> as the UI culture, so a moment it shows through <c>Display</c> is in that
    /// language too.
    /// </summary>
    public T Write<T>(CultureInfo language, Func<IStringLocalizer<MailTexts>, T> write)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(write);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language;
        try
        {
            return write(frame);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>A notice's Dutch text (or its explanation, see <see cref="DeliveryProblem"/>) in the current UI culture; as it is for a Dutch reader.</summary>
    public string Notice(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        return UiText.IsEnglish ? Translated(dutch) : dutch;
    }

    private string Translated(string dutch)
    {
        var framed = _templates.Translate(dutch);
        return string.Equals(framed, dutch, StringComparison.Ordinal) ? ui.Translate(dutch) : framed;
    }
}
