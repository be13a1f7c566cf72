using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Protocolwacht.TestSupport;

/// <summary>
/// What a staff member's authenticator app does (Otp.NET, RFC 6238): the six-digit code of the shared key
/// shown on the enrolment page. ASP.NET Core Identity checks codes against the system clock, so the code is
/// computed for the system's now (the app's fake clock only starts there).
/// </summary>
public static partial class Authenticator
{
    public static string Code(string sharedKey) => Code(sharedKey, TimeProvider.System.GetUtcNow());

    public static string Code(string sharedKey, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sharedKey);
        var key = Base32Encoding.ToBytes(sharedKey.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        return new Totp(key).ComputeTotp(at.UtcDateTime);
    }

    /// <summary>The key as the enrolment page shows it (groups of four), from the page's HTML.</summary>
    public static string KeyOnPage(string html)
    {
        var match = KeyPattern().Match(html);
        Assert.True(match.Success, "No authenticator key on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The recovery codes the enrolment answer shows once.</summary>
    public static IReadOnlyList<string> RecoveryCodesOnPage(string html) =>
        [.. RecoveryPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}
