using Protocolwacht.Imports.School;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>The stored relation of a parent to a child, in Dutch words, for the register and its pages.</summary>
public static class GuardianRelations
{
    public static string? ToCode(GuardianRelation relation) => relation switch
    {
        GuardianRelation.Mother => "moeder",
        GuardianRelation.Father => "vader",
        GuardianRelation.Parent => "ouder",
        GuardianRelation.Carer => "verzorger",
        GuardianRelation.Guardian => "voogd",
        GuardianRelation.FosterParent => "pleegouder",
        _ => null,
    };
}
