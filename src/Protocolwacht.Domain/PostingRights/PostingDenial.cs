namespace Protocolwacht.Domain.PostingRights;

/// <summary>Why a posting-rights question was answered no.</summary>
public enum PostingDenial
{
    None,
    RoleNotAllowedOnOrganisationAccount,
    RoleNotAllowedOnSchoolAccount,
    OtherSchool,

    /// <summary>The account is not one of the organisation's official accounts.</summary>
    UnknownAccount,

    /// <summary>The person asking is not (or no longer) a staff member of the organisation.</summary>
    NotStaff,
}
