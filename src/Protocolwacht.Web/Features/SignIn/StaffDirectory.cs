using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Finds the staff member behind an address an identity provider vouches for (OpenID Connect e-mail or
/// upn): first by the e-mail address stored with the staff member, then by "staff-id@one-of-our-domains".
/// Nobody outside the organisation's domains is matched.
/// </summary>
public sealed class StaffDirectory(ProtocolwachtDbContext db)
{
    public async Task<string?> FindStaffIdAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
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
