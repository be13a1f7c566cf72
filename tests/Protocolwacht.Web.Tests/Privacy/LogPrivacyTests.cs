using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protocolwacht.Domain.Consent;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// Privacy by default in logs (issue #15 item 4): a whole working day through the app host (sign in,
/// compose, advice, publish, a pupil import, a consent change, an export and an erasure) leaves no name,
/// e-mail address or post text of the demo organisation in any log entry at Information or above.
/// </summary>
public sealed partial class LogPrivacyTests
{
    private const string PostText = "Vandaag vierden we de sportdag met Daan Kok uit groep 3.";

    [Fact]
    public async Task WholeScenario_LogsAtInformationAndAbove_HoldNoNamesAddressesOrPostText()
    {
        var logs = new CollectingLoggerProvider();
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Logging:LogLevel:Default"] = "Information";
            o.Settings["Logging:LogLevel:Microsoft"] = "Information";
            o.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
            o.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information";
            o.Services = s => s.AddSingleton<ILoggerProvider>(logs);
        });
        await app.WithDbAsync(db => db.Schools.Where(s => s.Id == "regenboog").ExecuteUpdateAsync(s => s.SetProperty(r => r.Brin, "12AB")));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var wrong = app.Anonymous();
        await wrong.PostFormAsync("/account/signin", new() { ["UserName"] = "tom.hendriks", ["Password"] = "fout-wachtwoord" });

        var id = await tom.ComposeAsync(PostText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag Daan Kok erin?");
        await karin.ApproveAsync(id, "Ja, de ouders van Daan Kok vinden het goed.");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromHours(2));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync())); // the scenario really published

        await karin.PostFormAsync("/consent/students/daan.kok", new()
        {
            ["Form.Purpose"] = ConsentPurpose.PhotoOnSocialMedia,
            ["Form.Value"] = "Yes",
            ["Form.GivenBy"] = "priya.kok",
            ["Form.Note"] = "Formulier van Priya Kok ingeleverd",
        });
        var applied = await ImportPupilsAsync(sanne, """
            Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;BRIN;Naam verzorger 1;Relatie verzorger 1;E-mail verzorger 1
            1001;Noah;;Bos;Groep 8;12AB;Ellen Bos;Moeder;ellen@example.nl
            1004;Sem;de;Vries;Groep 1/2a;12AB;Anouk de Vries;Moeder;anouk.devries@example.nl
            """);
        Assert.Contains("Leerlingen bijgewerkt", applied, StringComparison.Ordinal);
        await sanne.GetPageAsync("/privacy/pupils/noah.bos/export");
        await sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = "Verzoek van Ellen Bos.", ["Confirm"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromDays(1));

        var secrets = Secrets().Append(PostText).Append("Sem de Vries").Append("Anouk de Vries").Append("anouk.devries@example.nl").ToList();
        var entries = logs.Entries.ToList();
        Assert.True(entries.Count > 50, $"Only {entries.Count} log entries: the collector did not see the app's logs");
        var leaks = Leaks(entries, secrets);
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(20)));

        // The scan finds a name when one is logged at Information, and ignores Debug.
        var sentinel = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sentinel");
        sentinel.LogInformation("Gepubliceerd voor {Pupil}", "Daan Kok");
        sentinel.LogDebug("Gepubliceerd voor {Pupil}", "Noah Bos");
        Assert.Single(Leaks([.. logs.Entries.Where(e => e.Category == "Sentinel")], secrets).Distinct());
    }

    private static List<string> Leaks(List<CollectedLogEntry> entries, List<string> secrets) => [.. entries.Where(e => e.Level >= LogLevel.Information)
        .SelectMany(e => secrets.Where(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{e.Category} [{e.Level}]: '{s}' in {e.Text}"))
        .Distinct()];

    /// <summary>Every person's name and every e-mail address in the demo organisation.</summary>
    private static IEnumerable<string> Secrets()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Domain", "Organisation", "demo-organisation.json")));
        var root = json.RootElement;
        foreach (var list in new[] { "staff", "students", "parents" })
        {
            foreach (var person in root.GetProperty(list).EnumerateArray())
            {
                yield return person.GetProperty("name").GetString()!;
            }
        }

        foreach (Match address in Email().Matches(root.GetRawText()))
        {
            yield return address.Value;
        }
    }

    private static async Task<string> ImportPupilsAsync(AppClient sanne, string csv)
    {
        async Task<string> PostAsync(string handler, Action<MultipartFormDataContent> fill)
        {
            var page = await sanne.GetPageAsync("/organisation/pupils/import");
            using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" } };
            fill(form);
            var response = await sanne.PostAsync(new Uri($"/organisation/pupils/import?handler={handler}", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        var preview = await PostAsync("Preview", form =>
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "Upload", "leerlingen.csv");
        });
        return await PostAsync("Apply", form =>
        {
            form.Add(new StringContent(Hidden("Token").Match(preview).Groups[1].Value), "Token");
            form.Add(new StringContent(Hidden("Fingerprint").Match(preview).Groups[1].Value), "Fingerprint");
        });
    }

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]+)\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")]
    private static partial Regex Email();
}
