using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>A person's IBAN; a legal entity's account (a foundation, the parents' council) is no personal data.</summary>
internal static class IbanJudge
{
    private static readonly ClassMask Entities = Nearby.Class("legal-entity");

    public static string? Judge(CheckContext context, Candidate c, string quote) =>
        Nearby.After(context, c, Entities) ? null : $"Je noemt het rekeningnummer van een persoon ({quote}). Verwijder het en laat betalingen via de school lopen: {Privacy.Reason}.";
}
