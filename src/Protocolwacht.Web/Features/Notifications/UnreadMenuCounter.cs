using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Shared.Menu;
using Protocolwacht.Web.Infrastructure.Live;

namespace Protocolwacht.Web.Features.Notifications;

/// <summary>The number beside "Meldingen": notifications this person has not opened yet.</summary>
internal sealed class UnreadMenuCounter(ProtocolwachtDbContext db) : IMenuCounter
{
    public string Name => MainMenu.UnreadNotifications;

    public Task<int> CountAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return db.Notifications.CountAsync(n => n.RecipientId == staff.Id && n.ReadAt == null, cancellationToken);
    }

    public Task<IReadOnlyCollection<string>> TopicsAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Task.FromResult<IReadOnlyCollection<string>>([ChangeSignal.Staff(staff.Id)]);
    }
}
