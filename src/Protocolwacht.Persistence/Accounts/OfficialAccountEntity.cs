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
    public int SortOrder { get; set; }
}
