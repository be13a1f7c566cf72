using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Consent;

public sealed class ConsentChangeValidatorTests
{
    private static readonly OrganisationModel Demo = OrganisationModel.Demo;
    private static readonly IReadOnlySet<string> Purposes = ConsentPurpose.Defaults.Select(p => p.Code).ToHashSet();

    private static ConsentChangeCheck Check(string editor, string student, string? givenBy, ConsentValue value = ConsentValue.Yes, string purpose = ConsentPurpose.PhotoOnSocialMedia)
    {
        var parents = Demo.Parents.Where(p => p.ChildIds.Contains(student)).ToList();
        return ConsentChangeValidator.Check(Demo.FindStaff(editor)!, Demo.FindStudent(student)!, parents, Purposes, new ConsentChangeRequest(student, purpose, value, givenBy, null, false, null));
    }

    [Theory]
    [InlineData("karin.mulder", "noah.bos", true)]    // directie, own school
    [InlineData("youssef.bakker", "noah.bos", false)] // directie, other school
    [InlineData("sanne.deboer", "noah.bos", true)]    // staf
    [InlineData("tom.hendriks", "noah.bos", false)]   // medewerker
    [InlineData("marieke.jansen", "noah.bos", false)] // cvb
    public void Check_EditorRights(string editor, string student, bool allowed)
    {
        var result = Check(editor, student, "ellen.bos");

        Assert.Equal(allowed, result.Allowed);
        Assert.Equal(!allowed, result.IsForbidden);
    }

    [Fact]
    public void Check_PrimarySchoolPupil_NeverConsentsAlone() =>
        Assert.Contains("zit op de basisschool", Assert.Single(Check("karin.mulder", "noah.bos", ConsentGiver.StudentAged16OrOlder).Errors), StringComparison.Ordinal);

    [Fact]
    public void Check_StudentAged16OutsidePrimarySchool_MayGiveConsentThemself()
    {
        var student = new Student("lisa.vos", "Lisa Vos", "regenboog", "havo 4", null);
        var request = new ConsentChangeRequest(student.Id, ConsentPurpose.PhotoOnSocialMedia, ConsentValue.Yes, ConsentGiver.StudentAged16OrOlder, null, false, null);

        Assert.True(ConsentChangeValidator.Check(Demo.FindStaff("karin.mulder")!, student, [], Purposes, request).Allowed);
    }

    [Theory]
    [InlineData("7", false)]
    [InlineData("1/2", false)]
    [InlineData("groep 8", false)]
    [InlineData(null, false)]
    [InlineData("havo 4", true)]
    public void MayConsentAlone_OnlyOutsidePrimarySchool(string? group, bool alone) =>
        Assert.Equal(alone, ConsentGiver.MayConsentAlone(new Student("x", "X", "regenboog", group, null)));

    [Fact]
    public void Check_YesForAPupilWithoutAParentInTheRegister_IsRefused() =>
        Assert.Contains("geen ouder of voogd in het register", Assert.Single(Check("karin.mulder", "sara.ouali", null).Errors), StringComparison.Ordinal);

    [Fact]
    public void Check_ParentOfAnotherChild_IsRefused() =>
        Assert.Contains("geen ouder", Assert.Single(Check("karin.mulder", "noah.bos", "richard.dewit").Errors), StringComparison.Ordinal);

    [Fact]
    public void Check_UnknownPurpose_IsRefused() =>
        Assert.False(Check("karin.mulder", "noah.bos", "ellen.bos", purpose: "tv-opnames").Allowed);

    [Fact]
    public void Check_ClearingToNotRecorded_NeedsNoGiver() =>
        Assert.True(Check("karin.mulder", "noah.bos", null, ConsentValue.NotRecorded).Allowed);
}
