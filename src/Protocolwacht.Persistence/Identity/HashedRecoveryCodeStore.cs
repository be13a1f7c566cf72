using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// Identity's user store, keeping two-factor recovery codes as SHA-256 hashes instead of the plain codes Identity
/// stores by default: someone who reads the database (a backup, a leaked copy) cannot use them to pass the second
/// factor. The codes are random and long enough that an unsalted hash is no shortcut. Codes stored in plain text by an
/// earlier version still redeem, so nobody is locked out; a new set replaces them with hashes.
/// </summary>
public sealed class HashedRecoveryCodeStore(ProtocolwachtDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole, ProtocolwachtDbContext>(context, describer)
{
    private const string Prefix = "sha256:";

    public override Task ReplaceCodesAsync(StaffUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(StaffUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (await base.RedeemCodeAsync(user, Hash(code), cancellationToken))
        {
            return true;
        }

        // A plain code of an earlier version; never a stored hash typed in as if it were a code.
        return !code.StartsWith(Prefix, StringComparison.Ordinal) && await base.RedeemCodeAsync(user, code, cancellationToken);
    }

    /// <summary>The stored form of a recovery code.</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
    }
}
