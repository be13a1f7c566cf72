using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Shared.Menu;
using Protocolwacht.Web.Infrastructure.Live;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>The number beside "Adviesvragen": requests waiting for this person's advice.</summary>
internal sealed class AdviceMenuCounter(ProtocolwachtDbContext db) : IMenuCounter
{
    public string Name => MainMenu.AdviceWaiting;

    public Task<int> CountAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return db.Posts.CountAsync(p => p.State == PostState.AdviceRequested && p.ApproverId == staff.Id, cancellationToken);
    }

    public Task<IReadOnlyCollection<string>> TopicsAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Task.FromResult<IReadOnlyCollection<string>>([ChangeSignal.Staff(staff.Id)]);
    }
}
