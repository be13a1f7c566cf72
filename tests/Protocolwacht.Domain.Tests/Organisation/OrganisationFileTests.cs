using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Organisation;

public class OrganisationFileTests
{
    [Fact]
    public void Demo_LoadsEveryPartOfTheOrganisation()
    {
        var demo = OrganisationModel.Demo;

        Assert.Equal("Konot", demo.Board.Name);
        Assert.Equal(3, demo.Schools.Count);
        Assert.Equal(17, demo.Staff.Count);
        Assert.Equal(11, demo.Students.Count);
        Assert.Equal(5, demo.Parents.Count);
        Assert.Equal("karin.mulder", demo.FindStaff("tom.hendriks")!.ManagerId);
        Assert.False(demo.FindStudent("emma.dewit")!.SocialMediaConsent);
        Assert.Null(demo.FindStudent("daan.kok")!.SocialMediaConsent);
        Assert.Equal(AccountKind.School, demo.FindAccount("regenboog-x")!.Kind);
        Assert.Equal(AccountKind.Organisation, demo.FindAccount("konot-x")!.Kind);
    }

    [Fact]
    public void Parse_UnknownManager_NamesFieldAndLine()
    {
        var json = """
            {
              "board": { "id": "b", "name": "B" },
              "schools": [ { "id": "s", "name": "S" } ],
              "staff": [
                { "id": "a", "name": "A", "role": "cvb", "school": null, "manager": null },
                { "id": "t", "name": "T", "role": "medewerker", "school": "s", "manager": "nobody" }
              ]
            }
            """;

        var result = OrganisationFile.Parse(json);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("staff[1].manager", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("nobody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateIdAndUnknownRole_ReportsBoth()
    {
        var json = """
            {
              "board": { "id": "b", "name": "B" },
              "schools": [ { "id": "s", "name": "S" } ],
              "staff": [
                { "id": "a", "name": "A", "role": "cvb" },
                { "id": "a", "name": "A2", "role": "rector" }
              ]
            }
            """;

        var result = OrganisationFile.Parse(json);

        Assert.Contains(result.Errors, e => e.Path == "staff[1].role" && e.Line == 6);
        Assert.Contains(result.Errors, e => e.Path == "staff[1].id" && e.Message.Contains("vaker", StringComparison.Ordinal));
        Assert.Null(result.Organisation);
    }

    [Fact]
    public void Parse_BrokenJson_ReportsLine()
    {
        var result = OrganisationFile.Parse("{\n  \"board\": {\n    \"id\": \"b\",,\n  }\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Parse_ManagerCycle_IsRefused()
    {
        var json = """
            {
              "board": { "id": "b", "name": "B" },
              "schools": [],
              "staff": [
                { "id": "a", "name": "A", "role": "staf", "manager": "b2" },
                { "id": "b2", "name": "B", "role": "staf", "manager": "a" }
              ]
            }
            """;

        Assert.Contains(OrganisationFile.Parse(json).Errors, e => e.Message.Contains("rond", StringComparison.Ordinal));
    }
}
