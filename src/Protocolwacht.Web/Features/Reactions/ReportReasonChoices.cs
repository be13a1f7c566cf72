using Protocolwacht.Connectors.Reactions;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>The reasons the inbox offers when reporting a reaction to the platform, in Dutch.</summary>
public static class ReportReasonChoices
{
    public static readonly IReadOnlyList<(ReportReason Value, string Text)> All =
    [
        (ReportReason.Abuse, "Kwetsend of beledigend"),
        (ReportReason.Hate, "Haat of discriminatie"),
        (ReportReason.Threat, "Bedreiging of intimidatie"),
        (ReportReason.Privacy, "Persoonsgegevens (bijvoorbeeld van een leerling)"),
        (ReportReason.Spam, "Spam"),
        (ReportReason.Other, "Iets anders"),
    ];
}
