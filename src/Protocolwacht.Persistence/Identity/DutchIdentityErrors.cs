using Microsoft.AspNetCore.Identity;

namespace Protocolwacht.Persistence.Identity;

/// <summary>The password rules of ASP.NET Core Identity (<see cref="StaffIdentity.Configure"/>), explained in Dutch.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Het wachtwoord moet minstens één cijfer (0-9) bevatten." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Het wachtwoord moet minstens één kleine letter (a-z) bevatten." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Het wachtwoord moet minstens één hoofdletter (A-Z) bevatten." };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Het wachtwoord moet minstens één leesteken of symbool bevatten (bijvoorbeeld ! of -)." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten." };
}
