namespace Protocolwacht.Checks.PersonalData;

/// <summary>The Dutch citizen service number: nine digits passing the 11-proef (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11).</summary>
internal static class Bsn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var sum = 0;
        var allSame = true;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            allSame &= digits[i] == digits[0];
            sum += i < 8 ? d * (9 - i) : -d;
        }

        return !allSame && sum % 11 == 0 && digits[0] != '0' | digits[1] != '0';
    }
}
