using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Domain.Tests.Posts;

public class ApproverResolverTests
{
    private static readonly OrganisationModel Org = OrganisationModel.Demo;
    private static readonly HashSet<string> NobodyAbsent = [];

    [Fact]
    public void FindApprover_Medewerker_IsTheirDirecteur()
    {
        Assert.Equal("karin.mulder", ApproverResolver.FindApprover(Org, "tom.hendriks", NobodyAbsent)?.Id);
    }

    [Fact]
    public void FindApprover_ManagerAbsent_IsTheNextOneUp()
    {
        Assert.Equal("marieke.jansen", ApproverResolver.FindApprover(Org, "tom.hendriks", new HashSet<string> { "karin.mulder" })?.Id);
    }

    [Fact]
    public void FindApprover_TopOfTheChain_IsAnotherBoardMember()
    {
        Assert.Equal("peter.vandijk", ApproverResolver.FindApprover(Org, "marieke.jansen", NobodyAbsent)?.Id);
    }

    [Fact]
    public void FindApprover_NeverTheAuthor()
    {
        foreach (var staff in Org.Staff)
        {
            var approver = ApproverResolver.FindApprover(Org, staff.Id, NobodyAbsent);
            Assert.NotNull(approver);
            Assert.NotEqual(staff.Id, approver.Id);
        }
    }

    [Fact]
    public void FindApprover_WholeBoardAbsent_IsNobody()
    {
        var absent = new HashSet<string> { "peter.vandijk" };
        Assert.Null(ApproverResolver.FindApprover(Org, "marieke.jansen", absent));
    }

    [Fact]
    public void FindNextAbove_SkipsTheCurrentApproverAndTheAuthor()
    {
        Assert.Equal("marieke.jansen", ApproverResolver.FindNextAbove(Org, "tom.hendriks", "karin.mulder", NobodyAbsent)?.Id);
        Assert.Equal("peter.vandijk", ApproverResolver.FindNextAbove(Org, "karin.mulder", "marieke.jansen", NobodyAbsent)?.Id);
    }
}
