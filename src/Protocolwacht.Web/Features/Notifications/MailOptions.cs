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

    /// <summary>
    /// How long after it was queued a mail that fails for the time being (a 4xx, a dropped connection, a server down) is
    /// still retried, with the back-off; after that it is given up (<see cref="Persistence.Posts.OutgoingMail.GaveUpAt"/>).
    /// Mail servers keep such a message for days (Postfix's maximal_queue_lifetime is five); a notice about a workflow
    /// step two days late has mostly been overtaken by the app's own notices.
    /// </summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(2);
}
