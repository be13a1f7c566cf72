using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>A private phone number: any mobile number, or a landline called private; the organisation's own numbers are public.</summary>
internal static class PhoneJudge
{
    private static readonly ClassMask Private = Nearby.Class("private-contact");

    public static string? Judge(CheckContext context, Candidate c, string quote)
    {
        if (context.Resources.Contacts.Phones.Contains(PhoneValidator.National(c.Value)))
        {
            return null;
        }

        var kind = PhoneValidator.Classify(c.Value);
        return kind == PhoneKind.Mobile || (kind == PhoneKind.Landline && Nearby.Word(context, c, Private))
            ? $"Je noemt een privételefoonnummer ({quote}). Verwijder het en verwijs naar het algemene nummer van de school: {Privacy.Reason}."
            : null;
    }
}
