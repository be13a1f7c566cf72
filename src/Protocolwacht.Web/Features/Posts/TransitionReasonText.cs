using System.Globalization;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A step's reason in the reader's language: a reason the system wrote is rebuilt from its code and arguments
/// (<see cref="PostTransitionReasons"/>), with a moment written as the page writes moments and staff by name; a reason a
/// person wrote, and every step recorded before the codes, is shown as stored.
/// </summary>
public static class TransitionReasonText
{
    // The check's doubt is stored as advice to the author ("vraag je leidinggevende om advies"); anyone else reading the
    // history (the leidinggevende herself, an administrator) is told what it meant.
    private const string DoubtedForOthers = "De controle twijfelde: een leidinggevende moet het bericht goedkeuren voordat het geplaatst wordt.";

    /// <param name="forAuthor">Whether the reader wrote the post: a reason written as advice to the author is said otherwise to anyone else.</param>
    public static string? For(PostTransition step, Translate translate, Func<string, string> nameOf, bool forAuthor = true)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(translate);
        ArgumentNullException.ThrowIfNull(nameOf);
        if (step.ReasonCode is not { } code || PostTransitionReasons.DutchTemplate(code) is not { } template)
        {
            return step.Reason;
        }

        var arguments = step.ReasonArguments ?? [];
        return code switch
        {
            PostTransitionReasons.CheckDoubted when !forAuthor => translate(DoubtedForOthers),
            PostTransitionReasons.DeletionRequested or PostTransitionReasons.CorrectionRequested => Request(step.Reason, template, translate),
            PostTransitionReasons.PublicationFrom when arguments.Count == 1 && DateTimeOffset.TryParse(arguments[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) =>
                string.Format(CultureInfo.InvariantCulture, translate(template), Display.MomentWithSeconds(moment)),
            PostTransitionReasons.EscalatedAfterDeadline or PostTransitionReasons.EscalatedForAbsence when arguments.Count == 2 =>
                string.Format(CultureInfo.InvariantCulture, translate(template), nameOf(arguments[0]), nameOf(arguments[1])),
            _ when arguments.Count == 0 => translate(template),
            _ => step.Reason,
        };
    }

    // "Verwijderen: <the reason>". A takedown task's own reason, taken up unchanged, is the system's text and reads in the
    // reader's language; a person's own words stay as written (and as an erasure left them), even words the interface
    // also uses.
    private static string? Request(string? stored, string prefix, Translate translate) =>
        stored is not null && stored.StartsWith(prefix + ": ", StringComparison.Ordinal)
            ? $"{translate(prefix)}: {TakedownReasons.Shown(stored[(prefix.Length + 2)..], translate)}"
            : stored;
}
