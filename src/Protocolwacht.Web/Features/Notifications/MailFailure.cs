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

    /// <summary>A Dutch sentence for the outbox (<c>LastError</c>), without anything the server said besides its code.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused =>
            $"De mailserver weigerde de ontvanger (SMTP {(int)refused.StatusCode}).",
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } refused =>
            $"De mailserver weigerde de afzender (SMTP {(int)refused.StatusCode}).",
        SmtpCommandException refused => $"De mailserver weigerde het bericht (SMTP {(int)refused.StatusCode}).",
        AuthenticationException => "De mailserver weigerde de aanmelding van Protocolwacht (gebruikersnaam of wachtwoord).",
        SslHandshakeException => "De beveiligde verbinding (TLS) met de mailserver kwam niet tot stand.",
        _ => "De verbinding met de mailserver kwam niet tot stand of viel weg voordat de mailserver het bericht bevestigde.",
    } + " Protocolwacht probeert het later opnieuw.";

    /// <summary>The failure for the log: the exception's type and the SMTP status code, nothing the server wrote.</summary>
    public static string ForLog(Exception exception) => exception switch
    {
        SmtpCommandException refused => $"{refused.ErrorCode} {(int)refused.StatusCode}",
        _ => exception.GetType().Name,
    };
}
