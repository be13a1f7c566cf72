namespace Protocolwacht.Persistence.Identity;

/// <summary>A staff member's sign-in account could not be created; the message says who and why, in Dutch.</summary>
public sealed class SignInAccountException(string staffId, string message) : Exception(message)
{
    /// <summary>The staff member left without an account.</summary>
    public string StaffId { get; } = staffId;
}
