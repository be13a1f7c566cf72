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
    /// Whether the server refused this one message for good: a 5xx on its recipient (550 "mailbox unavailable", 553
    /// "mailbox name not allowed") or on the message after DATA (554). RFC 5321 §4.2.1: the same command will fail
    /// again, so the mail is not retried (as an MTA bounces it at once). A 5xx on the sender or the sign-in is about
    /// Protocolwacht's own mail settings and hits every mail alike: that one stays retried, so mending the settings
    /// delivers what waits.
    /// </summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } refused
            && (int)refused.StatusCode is >= 500 and < 600;

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

    private static string WithCode(string template, SmtpCommandException refused) =>
        string.Format(CultureInfo.InvariantCulture, template, (int)refused.StatusCode);
}
