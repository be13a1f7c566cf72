using Protocolwacht.Web.Features.Account;
using Protocolwacht.Web.Features.Accounts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Compose;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Features.Database;
using Protocolwacht.Web.Features.Health;
using Protocolwacht.Web.Features.Localization;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.OpenApi;
using Protocolwacht.Web.Features.Organisation;
using Protocolwacht.Web.Features.Protocol;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Sandbox;

// Table of contents: one Add line and one Map line per feature; each feature lives in Features/<Name>.
var builder = WebApplication.CreateBuilder(args);

builder.AddDatabase();
builder.AddLocalizationFeature();
builder.AddAccountFeature();
builder.AddProtocolFeature();
builder.AddOrganisationFeature();
builder.AddConsentFeature();
builder.AddAccountsFeature();
builder.AddOpenApiFeature();
builder.AddChecks();
builder.AddPosts();
builder.AddPublishing();
builder.AddSandbox();
builder.AddNotifications();
// Razor Pages live beside their feature: Features/<Name>/<Page>.cshtml, routed by an explicit @page "/url".
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

await app.InitialiseDatabaseAsync();

app.UseStaticFiles();
app.UseLocalizationFeature();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
app.MapProtocolApi();
app.MapOrganisationApi();
app.MapConsentApi();
app.MapAccountsApi();
app.MapOpenApiFeature();
app.MapChecks();
app.MapCompose();
app.MapRazorPages();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
