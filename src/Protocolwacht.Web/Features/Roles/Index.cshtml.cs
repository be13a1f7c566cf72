using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Roles;

/// <summary>Who is beheerder, privacyfunctionaris or incidentbehandelaar; administrators grant and revoke.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ProtocolwachtDbContext db, RoleAssignments assignments) : PageModel
{
    public sealed record Holder(string StaffId, string Name, string Role);

    public IReadOnlyList<Holder> Holders { get; private set; } = [];

    /// <summary>Staff with a sign-in account, by name: who can be given a role.</summary>
    public IReadOnlyList<(string StaffId, string Name)> Staff { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().Select(u => u.StaffId).ToListAsync(cancellationToken);
        var names = await db.Staff.AsNoTracking().Where(s => accounts.Contains(s.Id)).OrderBy(s => s.SortOrder)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        Staff = [.. names.Select(s => (s.Id, s.Name))];
        var nameOf = names.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        Holders = [.. (await assignments.AllAsync(cancellationToken))
            .Where(r => AppRoles.IsKnown(r.Role))
            .Select(r => new Holder(r.StaffId, nameOf.GetValueOrDefault(r.StaffId, r.StaffId), r.Role))
            .OrderBy(h => AppRoles.All.Select(a => a.Name).ToList().IndexOf(h.Role)).ThenBy(h => h.Name, StringComparer.CurrentCulture)];
    }

    public Task<IActionResult> OnPostGrantAsync(string? staffId, string? role, CancellationToken cancellationToken) =>
        ChangeAsync(staffId, role, grant: true, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(string? staffId, string? role, CancellationToken cancellationToken) =>
        ChangeAsync(staffId, role, grant: false, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string? staffId, string? role, bool grant, CancellationToken cancellationToken)
    {
        staffId ??= string.Empty;
        role ??= string.Empty;
        Problem = grant
            ? await assignments.GrantAsync(staffId, role, User.StaffId(), cancellationToken)
            : await assignments.RevokeAsync(staffId, role, User.StaffId(), cancellationToken);
        if (Problem is null)
        {
            Message = grant
                ? $"{staffId} is nu {AppRoles.Label(role)}."
                : $"{staffId} is geen {AppRoles.Label(role)} meer.";
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
