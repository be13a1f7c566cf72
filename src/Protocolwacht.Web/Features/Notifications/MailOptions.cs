namespace Protocolwacht.Web.Features.Notifications;

/// <summary>
/// SMTP settings (section <c>Mail</c>). Without <see cref="Host"/> no mail is sent: messages wait in
/// the mail outbox, and the in-app notifications still arrive.
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "protocolwacht@konot.nl";
    public string FromName { get; set; } = "Protocolwacht";

    /// <summary>The address people use to open the app; links in mails start with it.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
