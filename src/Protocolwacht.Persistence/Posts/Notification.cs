namespace Protocolwacht.Persistence.Posts;

/// <summary>An in-app message for one staff member, with a link to the post it is about.</summary>
public class Notification
{
    public Guid Id { get; set; }
    public string RecipientId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string Link { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
