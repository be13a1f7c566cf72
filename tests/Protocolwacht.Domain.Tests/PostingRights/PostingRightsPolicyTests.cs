using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Domain.Tests.PostingRights;

/// <summary>Every role × account kind × own/other school, against the protocol's ACCOUNT section.</summary>
public class PostingRightsPolicyTests
{
    private static readonly PostingRightsPolicy Policy = new(PostingRightsRules.KonotProtocol);

    public static TheoryData<StaffRole, AccountKind, bool, bool> EveryCombination()
    {
        var data = new TheoryData<StaffRole, AccountKind, bool, bool>();
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            foreach (var kind in Enum.GetValues<AccountKind>())
            {
                foreach (var ownSchool in new[] { true, false })
                {
                    data.Add(role, kind, ownSchool, Expected(role, kind, ownSchool));
                }
            }
        }

        return data;
    }

    // Written out from the protocol text rather than from the rules object, so a wrong default fails.
    private static bool Expected(StaffRole role, AccountKind kind, bool ownSchool) => (role, kind) switch
    {
        (_, AccountKind.Personal) => true,
        (StaffRole.Cvb or StaffRole.Directie or StaffRole.Staf, AccountKind.Organisation) => true,
        (StaffRole.Medewerker, AccountKind.Organisation) => false,
        (StaffRole.Directie or StaffRole.Medewerker, AccountKind.School) => ownSchool,
        (StaffRole.Cvb or StaffRole.Staf, AccountKind.School) => false,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Decide_RoleAccountKindAndSchool_FollowsTheProtocol(StaffRole role, AccountKind kind, bool ownSchool, bool allowed)
    {
        // cvb and staf belong to no school; "own school" then means the author's school field matches the account's.
        var authorSchool = role is StaffRole.Cvb or StaffRole.Staf ? (ownSchool ? null : "other") : "regenboog";
        var accountSchool = kind == AccountKind.School ? (ownSchool ? authorSchool ?? "regenboog" : "kompas") : null;
        if (role is StaffRole.Cvb or StaffRole.Staf)
        {
            authorSchool = null;
            accountSchool = kind == AccountKind.School ? "regenboog" : null;
        }

        var author = new StaffMember("x", "X", role, null, authorSchool, null);

        var decision = Policy.Decide(author, new PostingTarget(kind, accountSchool));

        Assert.Equal(allowed, decision.Allowed);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Decide_MedewerkerOnOtherSchool_SaysWhy()
    {
        var tom = OrganisationModel.Demo.FindStaff("tom.hendriks")!;

        var decision = Policy.Decide(tom, PostingTarget.For(OrganisationModel.Demo.FindAccount("kompas-facebook")!));

        Assert.Equal(PostingDenial.OtherSchool, decision.Denial);
    }

    [Fact]
    public void Decide_OtherBoardRules_AreRespected()
    {
        var rules = new PostingRightsRules(new HashSet<StaffRole> { StaffRole.Staf }, new HashSet<StaffRole> { StaffRole.Directie }, false);
        var policy = new PostingRightsPolicy(rules);
        var director = new StaffMember("d", "D", StaffRole.Directie, null, "a", null);

        Assert.False(policy.MayPost(director, new PostingTarget(AccountKind.Organisation, null)));
        Assert.True(policy.MayPost(director, new PostingTarget(AccountKind.School, "b")));
    }
}
