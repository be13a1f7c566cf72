namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// A one-time link to set a password: an administrator's invitation or a "wachtwoord vergeten" request.
/// Only the SHA-256 of the token is stored, so a copy of the database opens no account. Used once
/// (<see cref="UsedAt"/>), refused after <see cref="ExpiresAt"/>.
/// </summary>
public sealed class PasswordLinkEntity
{
    public Guid Id { get; set; }

    public string StaffId { get; set; } = string.Empty;

    /// <summary><see cref="PasswordLinks.Invite"/> or <see cref="PasswordLinks.Reset"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    public byte[] TokenHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who made the link: an administrator's staff id, or the staff member's own request.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
