using System.Globalization;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// How a change reaches one platform, as its connector's capabilities say: an edit where the platform edits
/// (the text ends with "Aangepast door … op …"), a correction reply where it has no edit but the connector
/// replies (X), a deletion where it deletes. Anything else is refused before anything is queued.
/// </summary>
public static class ChangePlan
{
    /// <summary>The line readers see under an edited post, and the opening of a correction reply.</summary>
    public static string Marker(string correctorName, DateTimeOffset at) =>
        $"aangepast door {correctorName} op {DutchTime.DateOf(at).ToString("d-M-yyyy", CultureInfo.InvariantCulture)}";

    /// <returns>The kind and the text the platform receives, or a Dutch refusal.</returns>
    public static (DeliveryKind Kind, string Text, string? Problem) ForCorrection(PlatformCapabilities? capabilities, string accountName, string text, string marker)
    {
        if (capabilities is null)
        {
            return (default, "", $"{accountName}: dit account is niet meer gekoppeld; aanpassen kan nu niet.");
        }

        var (kind, sent) = capabilities.CanEdit
            ? (DeliveryKind.Edit, $"{text}\n\n({char.ToUpperInvariant(marker[0])}{marker[1..]}.)")
            : capabilities.CanReply
                ? (DeliveryKind.CorrectionReply, $"Correctie ({marker}): {text}")
                : (default(DeliveryKind), "");
        if (sent.Length == 0)
        {
            return (default, "", $"{accountName}: {capabilities.DisplayName} kan een bericht niet aanpassen en Protocolwacht kan er geen correctie onder plaatsen. Verwijder het bericht en plaats een nieuw.");
        }

        return TextLength.Fits(sent, capabilities)
            ? (kind, sent, null)
            : (default, "", $"{accountName}: met de regel \"{marker}\" is de tekst te lang voor {capabilities.DisplayName} (maximaal {capabilities.MaxTextLength} tekens). Maak de tekst korter.");
    }

    public static string? DeletionProblem(PlatformCapabilities? capabilities, string accountName) =>
        capabilities is null
            ? $"{accountName}: dit account is niet meer gekoppeld; verwijderen kan nu niet."
            : capabilities.CanDelete ? null : $"{accountName}: {capabilities.DisplayName} laat verwijderen via Protocolwacht niet toe. Verwijder het bericht in de app van het platform.";
}
