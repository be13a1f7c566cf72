using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// Runs the protocol check over a reaction and keeps only what matters for the inbox: abusive, hateful or
/// threatening language and personal data (a pupil's name, a phone number, an address). The reason is
/// written for the people who handle the inbox and names no one.
/// </summary>
public sealed class ReactionAssessor(CheckerSnapshot checkers)
{
    private static readonly (string Category, string Reason)[] Flags =
    [
        (Categories.HarmfulStatement, "kwetsend, haatdragend of bedreigend"),
        (Categories.Profanity, "grof of scheldend taalgebruik"),
        (Categories.PersonalData, "noemt persoonsgegevens (zoals de naam van een leerling, een telefoonnummer, adres of e-mailadres)"),
        (Categories.Confidential, "lijkt vertrouwelijke informatie te bevatten"),
    ];

    /// <summary>A function for one polling round, on the organisation as it is now.</summary>
    public async Task<Func<string, string?, string?>> ForRoundAsync(CancellationToken cancellationToken)
    {
        var checker = await checkers.CurrentAsync(cancellationToken);
        return (text, channel) => Assess(checker, text, channel);
    }

    /// <returns>The Dutch reason to flag the reaction, or null.</returns>
    public static string? Assess(ProtocolChecker checker, string text, string? channel)
    {
        ArgumentNullException.ThrowIfNull(checker);

        // Read as a message on nobody's account: the rules about who may post do not apply to a reaction.
        var result = checker.Check(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, channel), null, null, []));
        var reasons = Flags.Where(f => result.Findings.Any(x => x.Category == f.Category)).Select(f => f.Reason).ToList();
        return reasons.Count == 0 ? null : $"Gemarkeerd: {string.Join("; ", reasons)}.";
    }

    /// <summary>
    /// A stored flag (<see cref="Assess"/>'s Dutch sentence) in the reader's language: each of its reasons is one of the
    /// fixed ones above and is translated on its own, as a list no template could hold. A flag stored in another shape
    /// is shown as stored.
    /// </summary>
    public static string Shown(string flag, Translate translate)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentNullException.ThrowIfNull(translate);
        const string Prefix = "Gemarkeerd: ";
        if (!flag.StartsWith(Prefix, StringComparison.Ordinal) || !flag.EndsWith('.'))
        {
            return flag;
        }

        var reasons = flag[Prefix.Length..^1].Split("; ");
        return reasons.All(r => Flags.Any(f => string.Equals(f.Reason, r, StringComparison.Ordinal)))
            ? string.Format(CultureInfo.InvariantCulture, translate("Gemarkeerd: {0}."), string.Join("; ", reasons.Select(r => translate(r))))
            : flag;
    }
}
