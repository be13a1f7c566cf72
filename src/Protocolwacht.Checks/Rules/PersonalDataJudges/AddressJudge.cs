using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>A home address: a street and number or a postcode beside a word of home or a named person; the schools' own addresses are public.</summary>
internal static class AddressJudge
{
    private static readonly ClassMask Home = Nearby.Class("home");

    public static string? Judge(CheckContext context, Candidate c, string quote) =>
        context.Resources.Contacts.IsOwnAddressPart(c.Value) || !(Nearby.Word(context, c, Home) || Nearby.PersonInSentence(context, c))
            ? null
            : $"Je noemt een (huis)adres ({quote}). Verwijder het: {Privacy.Reason}.";
}
