using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The check's messages in the reader's language, for the web pages only. A finding carries its message in Dutch,
/// and the batch API, the CLI and the archive keep it so (spec: "message is Dutch"). FindingMessages.resx holds each
/// message's Dutch template, its holes being what the rule fills in (a quote, a name, a nested reason, a cited part
/// of the protocol), FindingMessages.en.resx the English (<see cref="DutchTemplates"/>). Protocol titles stay Dutch:
/// the protocol exists only in Dutch. Tests: Web.Tests/Checks/FindingMessagesTests (every message of the corpora).
/// </summary>
public sealed class FindingMessages(IStringLocalizer<FindingMessages> texts)
{
    private readonly DutchTemplates _templates = new(texts);

    /// <summary>The message in the request's UI language: Dutch as it is, otherwise translated where a template fits.</summary>
    public string Of(string dutch) => UiText.IsEnglish ? _templates.Translate(dutch) : dutch;

    /// <summary>
    /// The message for a page's findings list: for an English reader the translated sentence with the protocol's Dutch
    /// citations set apart (<see cref="CitedMessage"/>), for a Dutch reader the message whole.
    /// </summary>
    public CitedMessage Cited(string dutch) => UiText.IsEnglish ? CitedMessage.Of(_templates.Translate(dutch)) : CitedMessage.Whole(dutch);

    /// <summary>
    /// <see cref="Cited(string)"/> for a list that names the finding's own part of the protocol beside it (its title
    /// <paramref name="shownTitle"/>, in Dutch): that title is not cited a second time, neither apart from the English
    /// sentence nor inside the Dutch one (<see cref="CitedMessage.WholeExcept"/>); the other citations stay.
    /// </summary>
    public CitedMessage Cited(string dutch, string shownTitle) =>
        UiText.IsEnglish ? Cited(dutch).Except(shownTitle) : CitedMessage.WholeExcept(dutch, shownTitle);

    /// <summary>
    /// A text already in the reader's language that may quote a finding (a refusal's reason, <c>_Refusal.cshtml</c>): for an
    /// English reader its Dutch protocol citations set apart, as in the findings list.
    /// </summary>
    public static CitedMessage Apart(string translated) => UiText.IsEnglish ? CitedMessage.Of(translated) : CitedMessage.Whole(translated);
}
