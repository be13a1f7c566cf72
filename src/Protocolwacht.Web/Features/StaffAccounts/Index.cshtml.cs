using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Passwords;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.StaffAccounts;

/// <summary>
/// The sign-in accounts of the organisation's staff for administrators: who has a password, and an
/// invitation (a one-time link by mail) for whoever needs one. A school is shown by its name (null: the board).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ProtocolwachtDbContext db, PasswordMail mail) : PageModel
{
    /// <param name="SchoolName">The school's name; null for board staff, whom the page lists as the office they work at.</param>
    public sealed record Row(string StaffId, string Name, string? SchoolName, bool HasAccount, bool HasPassword);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name, s.SchoolId }).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => new { u.StaffId, HasPassword = u.PasswordHash != null }).ToDictionaryAsync(u => u.StaffId, u => u.HasPassword, cancellationToken);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Rows = [.. staff.Select(s => new Row(s.Id, s.Name, s.SchoolId is null ? null : schools.GetValueOrDefault(s.SchoolId, s.SchoolId), users.ContainsKey(s.Id), users.GetValueOrDefault(s.Id)))];
    }

    public async Task<IActionResult> OnPostInviteAsync(string? staffId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(staffId) || !await db.Users.AnyAsync(u => u.StaffId == staffId, cancellationToken))
        {
            Problem = $"Er is geen aanmeldaccount voor medewerker '{staffId}'.";
        }
        else if (await mail.InviteAsync(staffId, User.StaffId(), cancellationToken))
        {
            Message = $"Uitnodiging verstuurd aan {staffId}. De link is 72 uur geldig en werkt één keer.";
        }
        else
        {
            Problem = $"Medewerker '{staffId}' heeft geen e-mailadres en de school of het bestuur geen domein; leg eerst een e-mailadres vast.";
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
