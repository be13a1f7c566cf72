using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Home;

/// <summary>
/// A feature's contribution to the home page: what this person can do next there. Each feature registers
/// its own (protocol acknowledgement, composing, the advice queue, administration), so the home page
/// needs no knowledge of them.
/// </summary>
public interface IHomeAction
{
    Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken);
}

/// <param name="Text">Dutch text (translated by the page).</param>
/// <param name="Order">Lower comes first; 0–99 urgent tasks, 100+ everyday work, 900+ administration.</param>
/// <param name="Urgent">Shown as a task to do first.</param>
public sealed record HomeLink(string Href, string Text, string? Description, int Order, bool Urgent = false);
