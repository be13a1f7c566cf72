using Microsoft.AspNetCore.Identity;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Verifies a password against a hash nobody knows, with the app's own hasher and work factor, so a sign-in
/// with an unknown user name (or an account without a password) costs what a wrong password costs and
/// the answer time tells an attacker nothing about which names exist.
/// </summary>
public sealed class DummyPassword(IPasswordHasher<StaffUser> hasher)
{
    // Made once per process with the app's hasher; the password behind it is thrown away at once.
    private static string? _hash;

    public void Verify(string password)
    {
        var hash = _hash ??= hasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new StaffUser(), hash, password);
    }
}
