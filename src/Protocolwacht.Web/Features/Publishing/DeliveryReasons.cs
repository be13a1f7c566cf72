using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// Why a delivery failed, in the reader's language. The connectors and the publisher store the reason in Dutch
/// (<c>Delivery.LastError</c>, the notice's text), because the archive, the audit and the mail to a Dutch reader keep it
/// so; a reader who chose English gets it translated where it is shown: on the post page, in the change list, on the
/// notices page (through <see cref="UiTranslator"/>) and in the failure mail (<c>MailTexts</c>). DeliveryReasons.resx
/// holds each reason's Dutch template, its holes being what the connector fills in (the platform's name, a status
/// code, a time), DeliveryReasons.en.resx the English (<see cref="DutchTemplates"/>). The platform's own words are no
/// part of it: they are split off first (<c>DeliveryProblem</c>) and shown as they came.
/// </summary>
public sealed class DeliveryReasons(IStringLocalizer<DeliveryReasons> texts)
{
    private readonly DutchTemplates _templates = new(texts);

    /// <summary>The reason in the current UI language: Dutch as it is, otherwise translated where a template fits.</summary>
    public string Of(string dutch) => UiText.IsEnglish ? _templates.Translate(dutch) : dutch;
}
