using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Why a mail could not be sent, in Dutch for whoever reads the mail outbox's state (the readiness check's mail lag),
/// with the SMTP status code but never the server's own words: a refusal commonly quotes the recipient's address
/// ("550 5.1.1 &lt;…&gt;: Recipient address rejected"), which is personal data and would reach the log and the check.
/// </summary>
public static class MailFailure
{
    /// <summary>The failures of one send that a later attempt may not have: the mail stays in the outbox and is retried.</summary>
    public static bool IsRetryable(Exception exception) =>
        exception is IOException or SocketException or ProtocolException or CommandException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException;

    /// <summary>
    /// Whether the server refused this one message for good: a 5xx on its recipient or on the message whose enhanced
    /// status (RFC 3463) is about the address or the mailbox (5.1.x, 5.2.x) or the message's size (5.3.4), or a plain 550
    /// or 553 from a server that gives no enhanced status. RFC 5321 §4.2.1: the same command will fail again for this
    /// mail, so it is not retried. Any other 5xx (5.7.x: relaying denied, a blocklist, a policy; or one that says no
    /// more) is about Protocolwacht's own settings or reputation and hits every mail alike: giving up on it would give up
    /// every mail, so it is retried like a 4xx until the retry window has passed.
    /// </summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } refused
            && (int)refused.StatusCode is >= 500 and < 600
            && EnhancedStatus(refused.Message) switch
            {
                null => (int)refused.StatusCode is 550 or 553,
                (5, 1, _) or (5, 2, _) or (5, 3, 4) => true,
                _ => false,
            };

    /// <summary>
    /// Whether the failure is about Protocolwacht's own mail settings (the sign-in, the sender address): it hits every
    /// mail alike and ends when the settings are mended, so such a mail is never given up, however long it waits.
    /// </summary>
    public static bool IsAboutSettings(Exception exception) =>
        exception is AuthenticationException or SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted };

    /// <summary>The reason for a mail whose recipient address MimeKit cannot read: it will not become readable by waiting.</summary>
    public const string InvalidRecipient = "Het adres van de ontvanger is ongeldig.";

    /// <summary>The Dutch sentence for a mail given up without an attempt (<see cref="InvalidRecipient"/>).</summary>
    public static string DescribeGivenUp(string reason) =>
        string.Format(CultureInfo.InvariantCulture, "{0} Protocolwacht probeert het niet opnieuw.", reason);

    /// <summary>A Dutch sentence for the outbox (<c>LastError</c>), without anything the server said besides its code.</summary>
    public static string Describe(Exception exception) => Reason(exception) + " Protocolwacht probeert het later opnieuw.";

    /// <summary>
    /// The Dutch sentence for a mail given up (<see cref="IsPermanent"/>, or temporary failures past the retry window).
    /// Written from templates that are UiText.resx entries, so the start page shows it in the reader's language.
    /// </summary>
    public static string DescribeGivenUp(Exception exception) => string.Format(
        CultureInfo.InvariantCulture,
        IsPermanent(exception) ? "{0} Protocolwacht probeert het niet opnieuw." : "{0} Protocolwacht heeft het te lang geprobeerd en probeert het niet meer.",
        Reason(exception));

    /// <summary>The failure for the log: the exception's type and the SMTP status code, nothing the server wrote.</summary>
    public static string ForLog(Exception exception) => exception switch
    {
        SmtpCommandException refused => $"{refused.ErrorCode} {(int)refused.StatusCode}",
        _ => exception.GetType().Name,
    };

    private static string Reason(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused => WithCode("De mailserver weigerde de ontvanger (SMTP {0}).", refused),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } refused => WithCode("De mailserver weigerde de afzender (SMTP {0}).", refused),
        SmtpCommandException refused => WithCode("De mailserver weigerde het bericht (SMTP {0}).", refused),
        AuthenticationException => "De mailserver weigerde de aanmelding van Protocolwacht (gebruikersnaam of wachtwoord).",
        SslHandshakeException => "De beveiligde verbinding (TLS) met de mailserver kwam niet tot stand.",
        _ => "De verbinding met de mailserver kwam niet tot stand of viel weg voordat de mailserver het bericht bevestigde.",
    };

    // The enhanced status code (class.subject.detail) a reply's text starts with, as MailKit leaves it after the reply
    // code; only the digits are read, never the rest of the server's words.
    private static (int Class, int Subject, int Detail)? EnhancedStatus(string reply)
    {
        var parts = reply.TrimStart().Split(' ', 2)[0].Split('.');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var statusClass)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var subject)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var detail)
                ? (statusClass, subject, detail)
                : null;
    }

    private static string WithCode(string template, SmtpCommandException refused) =>
        string.Format(CultureInfo.InvariantCulture, template, (int)refused.StatusCode);
}
