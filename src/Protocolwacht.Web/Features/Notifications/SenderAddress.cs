using MimeKit;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// Whether <c>Mail:From</c> is an address a mail can leave from: one address as MimeKit reads it (the display name is
/// <c>Mail:FromName</c>, so "Protocolwacht &lt;a@b.nl&gt;" is not one), with a local part and a domain. Checked when
/// the app starts (<see cref="NotificationsFeature"/>): a bad sender would otherwise be found only when the first
/// mail failed, and then on every mail.
/// </summary>
internal static class SenderAddress
{
    public static bool IsValid(string? from)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return false;
        }

        try
        {
            var sender = new MailboxAddress(null, from);
            return sender.LocalPart.Length > 0 && sender.Domain.Length > 0;
        }
        catch (ParseException)
        {
            return false;
        }
    }
}
