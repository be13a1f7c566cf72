namespace Protocolwacht.Checks;

/// <summary>The message a draft replies to; null on the request for a new post.</summary>
public sealed record ReplyContext(ReplyRole Role, string? Name, string? Text);
