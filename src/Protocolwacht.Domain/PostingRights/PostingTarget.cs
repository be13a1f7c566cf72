using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.PostingRights;

/// <summary>The account a post is meant for, as far as posting rights care: its kind and, for a school account, the school.</summary>
public readonly record struct PostingTarget(AccountKind Kind, string? SchoolId)
{
    public static PostingTarget For(OfficialAccount account) => new(account.Kind, account.SchoolId);

    public static readonly PostingTarget Personal = new(AccountKind.Personal, null);
}
