using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Organisation.Staff;

/// <summary>/organisation/staff/import: the HR export's preview and apply, as an administrator.</summary>
public sealed partial class StaffImportPageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Upload_PreviewThenApply_NewStaffMemberCanSignIn()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var rows = await app.WithDbAsync(db => db.Staff.OrderBy(s => s.SortOrder)
            .Select(s => $"{s.Id};{s.Name};{s.SchoolId};{s.Role};{s.ManagerId}").ToListAsync());
        var csv = "Personeelsnummer;Naam;School;Functie;Leidinggevende\n" + string.Join('\n', rows) + "\nnina.vos;Nina Vos;sintjozef;Leerkracht;ingrid.smit\n";

        var page = await sanne.GetStringAsync(new Uri("/organisation/staff/import", UriKind.Relative));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "personeel.csv");
        var preview = WebUtility.HtmlDecode(await (await sanne.PostAsync(new Uri("/organisation/staff/import?handler=Preview", UriKind.Relative), form)).Content.ReadAsStringAsync());

        Assert.Matches("data-testid=\"staff-changes-new\">\\s*<li>Nina Vos \\(nina.vos\\): nieuw: Leerkracht</li>", preview);
        Assert.False(await app.WithDbAsync(db => db.Staff.AnyAsync(s => s.Id == "nina.vos")));

        var applied = await sanne.PostFormAsync("/organisation/staff/import", new()
        {
            ["Token"] = HiddenValue(preview, "Token"),
            ["Fingerprint"] = HiddenValue(preview, "Fingerprint"),
        }, handler: "Apply");
        var result = WebUtility.HtmlDecode(await applied.Content.ReadAsStringAsync());

        Assert.Contains("Medewerkers bijgewerkt: 1 nieuw", result, StringComparison.Ordinal);
        Assert.Contains("1 aanmeldaccounts aangemaakt", result, StringComparison.Ordinal);
        using var nina = await app.SignInAsync("nina.vos");
        Assert.Contains("Nina Vos", await nina.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{name}\"[^>]*>");
        return Regex.Match(match.Value, "value=\"([^\"]*)\"").Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
