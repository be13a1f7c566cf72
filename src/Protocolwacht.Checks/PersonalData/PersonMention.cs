using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.PersonalData;

internal enum PersonKind
{
    Student,
    Staff,
    Parent,
}

/// <summary>
/// A roster person named in the text: tokens First..Last. <see cref="FullName"/> is false when only the
/// first name was used and the context (group, title, reply) made clear who is meant.
/// </summary>
internal sealed record PersonMention(PersonKind Kind, string Id, string Name, int First, int Last, bool FullName)
{
    public Student? Student { get; init; }
    public StaffMember? Staff { get; init; }
}
