using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Account;

/// <summary>
/// Where OpenID Connect returns: the claim named by <c>Authentication:OpenIdConnect:StaffClaim</c> (an
/// e-mail address or upn) is matched to a staff member, first by their stored e-mail address, then by
/// "staff-id@one-of-our-domains". Nobody outside the organisation gets in.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ProtocolwachtDbContext db, IConfiguration configuration) : PageModel
{
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = "De aanmelding bij de identiteitsprovider is niet gelukt.";
            return Page();
        }

        var claimType = configuration["Authentication:OpenIdConnect:StaffClaim"] ?? "preferred_username";
        var address = info.Principal.FindFirst(claimType)?.Value ?? info.Principal.FindFirst("email")?.Value;
        var staffId = address is null ? null : await FindStaffIdAsync(address, cancellationToken);
        var user = staffId is null ? null : await users.FindByNameAsync(staffId);
        if (user is null)
        {
            Error = $"Er is geen medewerker bekend bij '{address}'. Vraag de beheerder om je e-mailadres vast te leggen.";
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private async Task<string?> FindStaffIdAsync(string address, CancellationToken cancellationToken)
    {
        var normalized = address.Trim().ToLowerInvariant();
        var byEmail = await db.Staff.AsNoTracking().Where(s => s.Email != null && s.Email.ToLower() == normalized).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (byEmail is not null)
        {
            return byEmail;
        }

        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var (local, domain) = (normalized[..at], normalized[(at + 1)..]);
        var boardDomains = await db.Boards.AsNoTracking().Select(b => b.Domains).ToListAsync(cancellationToken);
        var schoolDomains = await db.Schools.AsNoTracking().Select(s => s.Domains).ToListAsync(cancellationToken);
        var ours = boardDomains.Concat(schoolDomains).SelectMany(d => d).Any(d => string.Equals(d, domain, StringComparison.OrdinalIgnoreCase));
        return ours ? await db.Staff.AsNoTracking().Where(s => s.Id == local).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken) : null;
    }
}
