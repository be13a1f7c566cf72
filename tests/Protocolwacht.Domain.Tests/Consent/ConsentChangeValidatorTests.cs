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
    public void Check_StudentAged16_MayGiveConsentThemself() =>
        Assert.True(Check("karin.mulder", "noah.bos", ConsentGiver.StudentAged16OrOlder).Allowed);

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
