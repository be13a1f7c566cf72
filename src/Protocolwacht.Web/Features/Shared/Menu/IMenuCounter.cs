using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>
/// A number beside a menu link (advice waiting, unread notifications). A feature registers its own
/// counter, so the layout needs no knowledge of where the number comes from.
/// </summary>
public interface IMenuCounter
{
    /// <summary>The name a <see cref="MenuItem.Counter"/> refers to.</summary>
    string Name { get; }

    Task<int> CountAsync(StaffMember staff, CancellationToken cancellationToken);

    /// <summary>
    /// The <see cref="Infrastructure.Live.ChangeSignal"/> topics whose changes can move this person's number; the
    /// menu stream wakes for these only.
    /// </summary>
    Task<IReadOnlyCollection<string>> TopicsAsync(StaffMember staff, CancellationToken cancellationToken);
}
