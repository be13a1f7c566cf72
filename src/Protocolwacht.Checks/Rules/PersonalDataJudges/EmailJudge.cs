using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A private e-mail address. Addresses on the organisation's own domains and an organisation's role
/// mailbox (info@bibliotheek.nl) are not personal data; a free-mail address always is.
/// </summary>
internal static class EmailJudge
{
    private static readonly ClassMask FreeMail = Nearby.Class("free-mail");
    private static readonly ClassMask Mailbox = Nearby.Class("mailbox-role");

    public static string? Judge(CheckContext context, Candidate c, string quote) =>
        context.Resources.Contacts.IsOwnEmail(c.Value) || IsOrganisationMailbox(c.Value)
            ? null
            : $"Je noemt een privé-e-mailadres ({quote}). Verwijder het en gebruik een adres van de school of Konot: {Privacy.Reason}.";

    private static bool IsOrganisationMailbox(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var classes = Language.WordClasses.Default;
        var domain = Lexicons.Term.KeyOf(email[(at + 1)..].Split('.')[0]);
        return (classes.Of(domain) & FreeMail) == 0 && (classes.Of(Lexicons.Term.KeyOf(email[..at])) & Mailbox) != 0;
    }
}
