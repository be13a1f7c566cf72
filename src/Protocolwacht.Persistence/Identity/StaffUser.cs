using Microsoft.AspNetCore.Identity;

namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// The sign-in account of one staff member. The user name is the staff id, so everything that knows
/// who signed in can look the person up in the organisation without another mapping.
/// </summary>
public class StaffUser : IdentityUser
{
    /// <summary>The <see cref="Organisation.StaffEntity.Id"/> this account belongs to.</summary>
    public string StaffId { get; set; } = string.Empty;
}
