using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>A BSN (nine digits passing the 11-proef), unless a label before it says it is an order, invoice or registration number.</summary>
internal static class BsnJudge
{
    private static readonly ClassMask Labels = Nearby.Class("number-label");

    public static string? Judge(CheckContext context, Candidate c, string quote) =>
        Nearby.LabelledAs(context, c, Labels) ? null : $"Je noemt een BSN ({quote}). Verwijder het: {Privacy.Reason}.";
}
