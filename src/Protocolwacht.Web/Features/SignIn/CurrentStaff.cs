using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// The staff member behind the signed-in user, read fresh from the organisation once per request, so a
/// role or school changed by an import applies at the next request, not at the next sign-in.
/// Null when nobody is signed in or the staff member no longer exists.
/// </summary>
public sealed class CurrentStaff(IHttpContextAccessor http, ProtocolwachtDbContext db)
{
    private StaffMember? _staff;
    private bool _loaded;

    public ClaimsPrincipal? User => http.HttpContext?.User;

    public bool IsAdmin => User?.IsInRole(AppRoles.Admin) == true;

    /// <summary>The app roles of the signed-in person, from the session (refreshed every minute, see SignInFeature).</summary>
    public AppRoleClaims Roles => new(IsAdmin, User?.IsInRole(AppRoles.PrivacyOfficer) == true, User?.IsInRole(AppRoles.IncidentHandler) == true);

    public async Task<StaffMember?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded)
        {
            return _staff;
        }

        var name = User?.Identity?.IsAuthenticated == true ? User.Identity.Name : null;
        var row = name is null ? null : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == name, cancellationToken);
        _staff = row?.ToDomain();
        _loaded = true;
        return _staff;
    }
}
