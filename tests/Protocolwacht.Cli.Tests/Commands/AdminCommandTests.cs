using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary><c>protocolwacht admin invite</c>: the first administrator of a production installation gets in.</summary>
public sealed partial class AdminCommandTests
{
    [Fact]
    public async Task Invite_WithBeheerder_PrintsALinkThatSetsThePassword_AndMakesAnAdministrator()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync();
        const string password = "Eerste-beheerder-2026";

        var unknown = await RunCliAsync(["admin", "invite", "niet.bestaand", "--data-dir", app.DataDirectory]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("geen aanmeldaccount", unknown.Error, StringComparison.Ordinal);

        var run = await RunCliAsync(["admin", "invite", "tom.hendriks", "--beheerder", "--data-dir", app.DataDirectory, "--url", "https://protocolwacht.konot.nl/"]);
        Assert.Equal(0, run.ExitCode);
        var link = LinkPattern().Match(run.Out);
        Assert.True(link.Success, run.Out);

        using var tom = app.Anonymous();
        var set = await tom.PostFormAsync("/account/password/" + link.Groups[1].Value, new() { ["Password"] = password, ["Confirmation"] = password });
        Assert.Contains("Je wachtwoord is ingesteld", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await tom.SignInAsync("tom.hendriks", password);
        // The new administrator sets up the authenticator app first (required outside Development), then works.
        Assert.StartsWith("/account/two-factor", (await tom.GetAsync(new Uri("/audit", UriKind.Relative))).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var key = Authenticator.KeyOnPage(await tom.GetPageAsync("/account/two-factor"));
        await tom.PostFormAsync("/account/two-factor", new() { ["Code"] = Authenticator.Code(key) });
        Assert.Equal(HttpStatusCode.OK, (await tom.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Actor == AuditActors.CommandLine).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.RoleGranted, AuditActions.StaffInvited], entries);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunCliAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"https://protocolwacht\.konot\.nl/account/password/([A-Za-z0-9_-]{20,})")]
    private static partial Regex LinkPattern();
}
