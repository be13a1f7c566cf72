using Protocolwacht.Domain.Organisation;
using Protocolwacht.Imports.Staff;

namespace Protocolwacht.Imports.Tests.Staff;

public class StaffFileReaderTests
{
    [Fact]
    public void Read_HrExport_MapsFunctionsToProtocolRoles()
    {
        var result = new StaffFileReader().Read(Samples.Open("personeel.csv"), "personeel.csv").Collect();

        Assert.Empty(result.Issues);
        Assert.Equal([StaffRole.Staf, StaffRole.Cvb, StaffRole.Directie, StaffRole.Medewerker], result.Values.Select(s => s.Role));
        var tom = result.Values[3];
        Assert.Equal(("tom.hendriks", "Tom Hendriks", "12AB", "Groepsleerkracht", "karin.mulder", "tom.hendriks@regenboog-esveld.nl"),
            (tom.StaffId, tom.Name, tom.School, tom.Function, tom.ManagerId, tom.WorkEmail));
    }

    [Fact]
    public void Read_UnknownFunctionUnknownManagerAndSelfManagement_AreIssues()
    {
        const string csv = "Personeelsnummer;Naam;Functie;Leidinggevende;E-mail werk\n"
            + "a;Ann;Tovenaar;;a@konot.nl\n"
            + "b;Bo;leerkracht;x;b@konot.nl\n"
            + "c;Cas;directie;c;c@konot\n";

        var issues = new StaffFileReader().Read(Samples.FromText(csv), "personeel.csv").Collect().Issues;

        Assert.Equal([(2, "Onbekende functie 'Tovenaar'"), (4, "geen geldig e-mailadres")], issues.Take(2).Select(i => (i.Line!.Value, Cut(i.Message))));
        Assert.Contains(issues, i => i.Line == 3 && i.Message == "Leidinggevende x staat niet in het bestand.");
        Assert.DoesNotContain(issues, i => i.Line == 4 && i.Message.Contains("eigen leidinggevende", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OwnManager_IsAnIssue()
    {
        var issue = Assert.Single(new StaffFileReader().Read(Samples.FromText("Personeelsnummer;Naam;Rol;Leidinggevende\nc;Cas;directie;c\n"), "p.csv").Collect().Issues);

        Assert.Contains("eigen leidinggevende", issue.Message, StringComparison.Ordinal);
        Assert.Equal(4, issue.Column);
    }

    private static string Cut(string message) => message.Contains("Tovenaar", StringComparison.Ordinal) ? "Onbekende functie 'Tovenaar'" : "geen geldig e-mailadres";
}
