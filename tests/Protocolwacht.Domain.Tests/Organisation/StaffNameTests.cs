using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Organisation;

/// <summary>How pages and messages name a staff member: by name, by the stored id for someone the organisation lacks.</summary>
public class StaffNameTests
{
    [Fact]
    public void StaffName_OfAStaffMember_IsTheirName() =>
        Assert.Equal("Karin Mulder", OrganisationModel.Demo.StaffName("karin.mulder"));

    [Fact]
    public void StaffName_OfSomeoneTheOrganisationLacks_IsTheStoredId() =>
        Assert.Equal("import", OrganisationModel.Demo.StaffName("import"));

    [Fact]
    public void StaffName_OfNoOne_IsEmpty() =>
        Assert.Equal(string.Empty, OrganisationModel.Demo.StaffName(null));
}
