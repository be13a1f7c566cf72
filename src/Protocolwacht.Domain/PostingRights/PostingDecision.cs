namespace Protocolwacht.Domain.PostingRights;

/// <summary>The outcome of a posting-rights question. <see cref="Reason"/> is Dutch, for the person who asked.</summary>
public sealed record PostingDecision(bool Allowed, PostingDenial Denial, string Reason)
{
    public static readonly PostingDecision Allow = new(true, PostingDenial.None, "Je mag op dit account plaatsen.");
}

public enum PostingDenial
{
    None,
    RoleNotAllowedOnOrganisationAccount,
    RoleNotAllowedOnSchoolAccount,
    OtherSchool,
}
