namespace Protocolwacht.Persistence.Accounts;

/// <summary>
/// An official account of the board (<see cref="SchoolId"/> null) or of a school.
/// <see cref="ProtectedCredential"/> is the platform credential encrypted with Data Protection; the
/// plaintext is never stored, shown or logged.
/// </summary>
public class OfficialAccountEntity : Organisation.IKeyedRow
{
    public string Id { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public string Handle { get; set; } = string.Empty;
    public string? SchoolId { get; set; }
    public string? ProtectedCredential { get; set; }
    public DateTimeOffset? CredentialSetAt { get; set; }

    /// <summary>When the stored access token stops working (UTC), as the platform said; null when unknown or never.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; set; }

    /// <summary>
    /// When the connection ends unless an administrator connects again: the refresh token's end (LinkedIn), or the
    /// end of a token that cannot be refreshed (a Meta long-lived token). Null when the platform set no end.
    /// </summary>
    public DateTimeOffset? ConnectionEndsAt { get; set; }

    /// <summary>
    /// The smallest warning threshold, in days before <see cref="ConnectionEndsAt"/>, the administrators were already
    /// told about for this connection; null when none yet. A new connection clears it.
    /// </summary>
    public int? ExpiryWarnedDays { get; set; }
    public int SortOrder { get; set; }
}
