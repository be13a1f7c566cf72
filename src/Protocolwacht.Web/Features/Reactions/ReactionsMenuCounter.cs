using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Shared.Menu;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.Live;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>The number beside "Reacties": unread reactions on the accounts this person may read.</summary>
internal sealed class ReactionsMenuCounter(ProtocolwachtDbContext db, CheckerSnapshot checkers, CurrentStaff current) : IMenuCounter
{
    public string Name => MainMenu.UnreadReactions;

    public async Task<int> CountAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var accounts = await AccountsAsync(staff, cancellationToken);
        return await db.Reactions.CountAsync(r => r.ReadAt == null && accounts.Contains(r.AccountId), cancellationToken);
    }

    public async Task<IReadOnlyCollection<string>> TopicsAsync(StaffMember staff, CancellationToken cancellationToken) =>
        [.. (await AccountsAsync(staff, cancellationToken)).Select(ChangeSignal.Account)];

    private async Task<List<string>> AccountsAsync(StaffMember staff, CancellationToken cancellationToken) =>
        [.. ReactionAccess.AccountsFor(await checkers.OrganisationAsync(cancellationToken), staff, current.IsAdmin).Select(a => a.Id)];
}
