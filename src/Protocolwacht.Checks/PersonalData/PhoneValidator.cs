using PhoneNumbers;

namespace Protocolwacht.Checks.PersonalData;

internal enum PhoneKind
{
    Invalid,
    Mobile,
    Landline,
    Service,
}

/// <summary>
/// Dutch phone numbers validated against the numbering plan of libphonenumber. The library is loaded
/// only when a digit run looks like a phone number, so most checks never pay for it.
/// </summary>
internal static class PhoneValidator
{
    private static readonly Lazy<PhoneNumberUtil> Util = new(PhoneNumberUtil.GetInstance);

    public static PhoneKind Classify(string digits)
    {
        // Every Dutch 06 number is a mobile number to the reader, allocated range or not.
        var national = National(digits);
        if (national.Length == 10 && national.StartsWith("06", StringComparison.Ordinal) && national[2] != '0')
        {
            return PhoneKind.Mobile;
        }

        try
        {
            var number = Util.Value.Parse(digits.StartsWith("0031", StringComparison.Ordinal) ? "+" + digits[2..] : digits, "NL");
            if (!Util.Value.IsValidNumber(number))
            {
                return PhoneKind.Invalid;
            }

            return Util.Value.GetNumberType(number) switch
            {
                PhoneNumberType.MOBILE => PhoneKind.Mobile,
                PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE or PhoneNumberType.VOIP => PhoneKind.Landline,
                _ => PhoneKind.Service,
            };
        }
        catch (NumberParseException)
        {
            return PhoneKind.Invalid;
        }
    }

    /// <summary>The national significant digits ("0541234567" for "+31 541 234567").</summary>
    public static string National(string digits)
    {
        if (digits.StartsWith("+31", StringComparison.Ordinal))
        {
            return "0" + digits[3..];
        }

        return digits.StartsWith("0031", StringComparison.Ordinal) ? "0" + digits[4..] : digits;
    }
}
