using System.Net.Mail;

namespace Protocolwacht.Imports.School;

/// <summary>Plausibility checks for contact details, so a typo is reported before consent mail goes nowhere.</summary>
internal static class ContactCheck
{
    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    /// <summary>Digits, spaces, '+', '-', '(', ')' and at least eight digits (06-12345678, +31 6 1234 5678).</summary>
    public static bool IsPhone(string text) =>
        text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.')
        && text.Count(char.IsAsciiDigit) >= 8;
}
