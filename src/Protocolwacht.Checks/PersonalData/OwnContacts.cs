using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// The organisation's own published contact details: mentioning them is not sharing personal data.
/// Domains cover staff work addresses (name@school-domain); phones are compared by their digits;
/// addresses by street and number and by postcode.
/// </summary>
internal sealed class OwnContacts
{
    public OwnContacts(OrganisationModel organisation)
    {
        var contacts = new List<PublicContacts> { organisation.Board.PublicContacts };
        contacts.AddRange(organisation.Schools.Select(s => s.PublicContacts));
        foreach (var domain in organisation.Board.Domains.Concat(organisation.Schools.SelectMany(s => s.Domains)))
        {
            Domains.Add(domain.ToLowerInvariant());
        }

        foreach (var c in contacts)
        {
            foreach (var e in c.Emails)
            {
                Emails.Add(e.ToLowerInvariant());
            }

            foreach (var p in c.Phones)
            {
                Phones.Add(DigitsOf(p));
            }

            if (c.Address is not null)
            {
                var folded = Term.KeyOf(c.Address.Replace(" ", string.Empty, StringComparison.Ordinal));
                Addresses.Add(folded);
            }
        }
    }

    public HashSet<string> Domains { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Emails { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Phones { get; } = new(StringComparer.Ordinal);

    /// <summary>Whole addresses folded without spaces ("schoolstraat127571abesveld"); a street+number or postcode found in a draft is public when it is part of one.</summary>
    public List<string> Addresses { get; } = [];

    public bool IsOwnEmail(string email)
    {
        var lower = email.ToLowerInvariant();
        if (Emails.Contains(lower))
        {
            return true;
        }

        var at = lower.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var domain = lower[(at + 1)..];
        foreach (var own in Domains)
        {
            if (domain == own || domain.EndsWith("." + own, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsOwnAddressPart(string foldedNoSpaces)
    {
        foreach (var a in Addresses)
        {
            if (a.Contains(foldedNoSpaces, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static string DigitsOf(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }
}
