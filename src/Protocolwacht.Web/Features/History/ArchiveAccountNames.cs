using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.History;

/// <summary>
/// An archived post's account as its people know it on the archive's pages (the search, the imported history's tables):
/// the handle and the platform ("@RegenboogEsveld (X)"), as a refusal names it (<see cref="PlatformRules"/>); the stored
/// id only for an account the organisation no longer has (an import of an account since removed). The insight writes
/// the platform first for its CSV (InsightNames).
/// </summary>
public static class ArchiveAccountNames
{
    public static string Of(OrganisationModel? organisation, PlatformRules platforms, string accountId)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        return organisation?.FindAccount(accountId) is { } account ? Of(account, platforms) : accountId;
    }

    public static string Of(OfficialAccount account, PlatformRules platforms)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(platforms);
        return $"{account.Handle} ({platforms.For(account)?.DisplayName ?? ChannelNames.Of(account.Channel)})";
    }
}
