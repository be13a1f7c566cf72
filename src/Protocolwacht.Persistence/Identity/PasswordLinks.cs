using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// One-time links to set a password (the only way a real staff member gets a local password): an
/// administrator's invitation, valid <see cref="InviteLifetime"/>, or a "wachtwoord vergeten" request for
/// an account that has a password, valid <see cref="ResetLifetime"/>. The token is 256 random bits; only
/// its hash is stored. Setting the password, marking the link used and the audit entry commit together.
/// </summary>
public sealed class PasswordLinks(ProtocolwachtDbContext db, UserManager<StaffUser> users, IAuditLog audit, TimeProvider time)
{
    public const string Invite = "invite";
    public const string Reset = "reset";

    public static readonly TimeSpan InviteLifetime = TimeSpan.FromHours(72);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);

    /// <summary>Stages a new link in the caller's unit of work and returns its token (for the mail, never stored).</summary>
    public string Create(string staffId, string kind, string createdBy)
    {
        ArgumentException.ThrowIfNullOrEmpty(staffId);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        db.PasswordLinks.Add(new PasswordLinkEntity
        {
            Id = Guid.NewGuid(),
            StaffId = staffId,
            Kind = kind,
            TokenHash = Hash(token),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now + (kind == Invite ? InviteLifetime : ResetLifetime),
        });
        return token;
    }

    /// <summary>The link behind <paramref name="token"/> while it can still be used; null when unknown, used or expired.</summary>
    public async Task<PasswordLinkEntity?> FindUsableAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var link = await db.PasswordLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        return link is { UsedAt: null } && link.ExpiresAt > time.GetUtcNow() ? link : null;
    }

    /// <summary>
    /// Sets the password through the link. Returns the Dutch reasons it was refused (an unusable link, the
    /// password rules), or an empty list when the password is set and the link used up.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetPasswordAsync(string? token, string password, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await FindUsableAsync(token, cancellationToken);
        var user = found is null ? null : await users.FindByNameAsync(found.StaffId);
        if (found is null || user is null)
        {
            return [LinkUnusable];
        }

        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Claimed with a conditional update, so two requests with the same link cannot both set a password.
        var claimed = await db.PasswordLinks.Where(l => l.Id == found.Id && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, time.GetUtcNow()), cancellationToken);
        if (claimed != 1)
        {
            return [LinkUnusable];
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        await audit.RecordAsync(user.StaffId, AuditActions.PasswordSet, $"medewerker:{user.StaffId}",
            found.Kind == Invite ? "via uitnodiging" : "via wachtwoord vergeten", cancellationToken);
        // Also a new security stamp: sessions signed in with the old password end.
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            return [.. updated.Errors.Select(e => e.Description)];
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    public const string LinkUnusable = "Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe uitnodiging, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.";

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
