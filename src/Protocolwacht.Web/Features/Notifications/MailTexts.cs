using System.Globalization;
using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// A notification mail in its recipient's language. The system knows a person's language only when they chose one
/// with the language switch while signed in (kept as the <see cref="LanguageClaim"/> claim of their sign-in account);
/// everyone else gets Dutch. The mail's frame comes from MailTexts.resx / MailTexts.en.resx; the subject and text,
/// which the workflow composes in Dutch, are translated where a template fits (<see cref="DutchTemplates"/>) and
/// otherwise stay Dutch.
/// </summary>
public sealed class MailTexts(IStringLocalizer<MailTexts> frame)
{
    /// <summary>The claim type that holds the language a person chose (a culture name, "en" or "nl-NL").</summary>
    public const string LanguageClaim = "protocolwacht:language";

    private readonly DutchTemplates _templates = new(frame);

    public (string Subject, string Body) Compose(CultureInfo language, string name, string subject, string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(language);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language;
        try
        {
            var dutch = language.TwoLetterISOLanguageName == "nl";
            return (
                dutch ? subject : _templates.Translate(subject),
                string.Join('\n', frame["Beste {0},", name], "", dutch ? text : _templates.Translate(text), "", frame["Bekijk het bericht: {0}", url], "", frame["Met vriendelijke groet,"], "Protocolwacht"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
