using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>The main menu for the person on this request: only the links their role may use, with their counters.</summary>
public sealed class MenuBuilder(CurrentStaff current, IEnumerable<IMenuCounter> counters)
{
    public async Task<IReadOnlyList<MenuLink>> BuildAsync(string currentPath, CancellationToken cancellationToken = default)
    {
        var staff = await current.GetAsync(cancellationToken);
        var links = new List<MenuLink>();
        foreach (var item in MainMenu.Items)
        {
            var visible = IsVisible(item.Audience, staff, current.IsAdmin);
            // Anyone who is somebody's manager may get an advice request; the link then shows for them too.
            if (!visible && !(item.Audience == MenuAudience.Managers && staff is not null))
            {
                continue;
            }

            int? count = item.Counter is { } name && staff is not null && counters.FirstOrDefault(c => c.Name == name) is { } counter
                ? await counter.CountAsync(staff, cancellationToken)
                : null;
            if (visible || count > 0)
            {
                links.Add(new MenuLink(item, count, IsCurrent(item.Href, currentPath)));
            }
        }

        return links;
    }

    /// <summary>
    /// The change topics that can move any of this person's counters (their own, their accounts' reactions): what
    /// their menu stream waits for. None for someone who is not in the organisation.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> TopicsAsync(CancellationToken cancellationToken = default)
    {
        if (await current.GetAsync(cancellationToken) is not { } staff)
        {
            return [];
        }

        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var counter in counters)
        {
            topics.UnionWith(await counter.TopicsAsync(staff, cancellationToken));
        }

        return topics;
    }

    public static bool IsVisible(MenuAudience audience, StaffMember? staff, bool isAdmin) => audience switch
    {
        MenuAudience.Everyone => true,
        MenuAudience.Staff => staff is not null,
        MenuAudience.Managers => staff?.Role is StaffRole.Directie or StaffRole.Cvb,
        MenuAudience.DirectorsAndAdministrators => staff is not null && (isAdmin || staff.Role == StaffRole.Directie),
        MenuAudience.Overseers => staff is not null && (isAdmin || staff.Role is StaffRole.Directie or StaffRole.Cvb),
        MenuAudience.Administrators => staff is not null && isAdmin,
        _ => false,
    };

    // "/" is current only on the start page itself; "/accounts" is not current on "/accounts/posting-rights",
    // which has a link of its own.
    private static bool IsCurrent(string href, string path) =>
        string.Equals(href, path.TrimEnd('/') is { Length: > 0 } p ? p : "/", StringComparison.OrdinalIgnoreCase);
}
