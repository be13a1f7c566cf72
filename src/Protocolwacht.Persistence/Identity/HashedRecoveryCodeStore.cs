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

    // Where Identity's own store keeps the codes, so counting them (CountCodesAsync) keeps working unchanged.
    private const string TokenProvider = "[AspNetUserStore]";
    private const string TokenName = "RecoveryCodes";

    public override Task ReplaceCodesAsync(StaffUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return StoreAsync(user, recoveryCodes.Select(Hash), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(StaffUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = (await GetTokenAsync(user, TokenProvider, TokenName, cancellationToken) ?? string.Empty).Split(';');
        var hashed = Hash(code);
        // A plain code of an earlier version still counts; a stored hash typed in as if it were a code never does.
        var match = stored.Contains(hashed, StringComparer.Ordinal) ? hashed
            : !code.StartsWith(Prefix, StringComparison.Ordinal) && stored.Contains(code, StringComparer.Ordinal) ? code
            : null;
        if (match is null)
        {
            return false;
        }

        await StoreAsync(user, stored.Where(s => !string.Equals(s, match, StringComparison.Ordinal)), cancellationToken);
        return true;
    }

    /// <summary>The stored form of a recovery code.</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
    }

    // Stores the codes as given (already hashed, or legacy plain ones that remain): never hashes twice.
    private Task StoreAsync(StaffUser user, IEnumerable<string> stored, CancellationToken cancellationToken) =>
        SetTokenAsync(user, TokenProvider, TokenName, string.Join(';', stored), cancellationToken);
}
