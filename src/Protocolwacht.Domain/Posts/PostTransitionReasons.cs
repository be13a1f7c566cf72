using System.Globalization;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// The reasons the system writes into a post's history itself, by code. A step stores its code and arguments beside
/// the Dutch sentence (<see cref="PostTransition.Reason"/>, what the archive and the audit trail quote), so a page can
/// say it in its reader's language; steps recorded before the codes, and reasons people wrote, have only the sentence.
/// A code is stored: never rename one.
/// </summary>
public static class PostTransitionReasons
{
    public const string CheckAllowed = "check-allowed";
    public const string CheckDoubted = "check-doubted";
    public const string CheckBlocked = "check-blocked";

    /// <summary>Arguments: the moment of release, round-trip ("O") in UTC.</summary>
    public const string PublicationFrom = "publication-from";

    /// <summary>Arguments: the manager who gave no advice in time, the next one (staff ids).</summary>
    public const string EscalatedAfterDeadline = "escalated-after-deadline";

    /// <summary>Arguments: the absent manager, the next one (staff ids).</summary>
    public const string EscalatedForAbsence = "escalated-for-absence";

    public const string ErasedPupil = "erased-pupil";

    /// <summary>The author changed a post that was waiting for advice.</summary>
    public const string AdviceLapsed = "advice-lapsed";

    /// <summary>No arguments: what the person asked follows the Dutch prefix in the sentence (and is redacted there when needed).</summary>
    public const string DeletionRequested = "deletion-requested";

    /// <summary>As <see cref="DeletionRequested"/>, for a correction.</summary>
    public const string CorrectionRequested = "correction-requested";

    /// <summary>The Dutch template of a code: arguments as {0}, {1}; a request's own words follow its prefix.</summary>
    public static string? DutchTemplate(string code) => code switch
    {
        CheckAllowed => "De controle vond niets tegen het protocol.",
        CheckDoubted => "De controle twijfelt: vraag je leidinggevende om advies.",
        CheckBlocked => "De controle blokkeert dit bericht: pas het aan.",
        PublicationFrom => "Publicatie vanaf {0}.",
        EscalatedAfterDeadline => "Geen advies van {0} voor de termijn; doorgestuurd naar {1}.",
        EscalatedForAbsence => "{0} is afwezig; doorgestuurd naar {1}.",
        ErasedPupil => "Een leerling is op verzoek gewist (AVG art. 17).",
        AdviceLapsed => "De adviesaanvraag vervalt door de wijziging.",
        DeletionRequested => "Verwijderen",
        CorrectionRequested => "Aanpassen",
        _ => null,
    };

    /// <summary>The sentence as stored in <see cref="PostTransition.Reason"/>: Dutch, a moment as Dutch local time.</summary>
    internal static string Dutch(string code, IReadOnlyList<string> arguments)
    {
        var template = DutchTemplate(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown reason code.");
        IReadOnlyList<string> shown = code == PublicationFrom
            ? [DutchTime.FormatWithSeconds(DateTimeOffset.Parse(arguments[0], CultureInfo.InvariantCulture))]
            : arguments;
        return string.Format(CultureInfo.InvariantCulture, template, [.. shown]);
    }

    internal static string Moment(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
