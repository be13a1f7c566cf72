namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// Contact details the board or a school publishes itself. Mentioning these in a post is not
/// sharing personal data.
/// </summary>
public sealed record PublicContacts(
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Websites,
    string? Address)
{
    public static readonly PublicContacts None = new([], [], [], null);
}
