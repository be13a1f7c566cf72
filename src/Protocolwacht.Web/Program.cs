using Protocolwacht.Web.Features.Advice;
using Protocolwacht.Web.Features.Archive;
using Protocolwacht.Web.Features.Attachments;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Compose;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Features.Freezes;
using Protocolwacht.Web.Features.History;
using Protocolwacht.Web.Features.Incidents;
using Protocolwacht.Web.Features.Media;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Organisation;
using Protocolwacht.Web.Features.Passwords;
using Protocolwacht.Web.Features.PlatformAccounts;
using Protocolwacht.Web.Features.PlatformAccounts.Connect;
using Protocolwacht.Web.Features.PlatformDecisions;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Posts.Changes;
using Protocolwacht.Web.Features.Privacy;
using Protocolwacht.Web.Features.Protocol;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Reactions;
using Protocolwacht.Web.Features.Reconciliation;
using Protocolwacht.Web.Features.Roles;
using Protocolwacht.Web.Features.Sandbox;
using Protocolwacht.Web.Features.Shared.Menu;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Features.TwoFactor;
using Protocolwacht.Web.Infrastructure.Database;
using Protocolwacht.Web.Infrastructure.Errors;
using Protocolwacht.Web.Infrastructure.Health;
using Protocolwacht.Web.Infrastructure.Live;
using Protocolwacht.Web.Infrastructure.Localization;
using Protocolwacht.Web.Infrastructure.OpenApi;
using Protocolwacht.Web.Infrastructure.Security;
using Protocolwacht.Web.Infrastructure.StaticFiles;
using Protocolwacht.Web.Infrastructure.Telemetry;

// Table of contents: one Add line and one Map line per feature; each feature lives in Features/<Name>,
// the plumbing every feature stands on (security headers, error responses, database, localization, OpenAPI,
// health, telemetry) in Infrastructure/<Name>.
var builder = WebApplication.CreateBuilder(args);
if (!builder.TryPrepareDataDirectory())
{
    return DatabaseStartFailure.ExitCode; // the data folder cannot be made (a file in the way, a read-only parent): the Dutch reason is on standard error
}

builder.AddSecurity();
builder.AddErrorResponses();
builder.AddStaticFileCompression(); // Brotli/gzip for wwwroot's CSS and JavaScript only
builder.AddDatabase();
builder.AddHealth();
builder.AddTelemetry(); // OpenTelemetry metrics, traces and logs over OTLP, only when an endpoint is configured
builder.AddLocalization();
builder.AddSignIn();
builder.AddTwoFactor();
builder.AddPasswords();
builder.AddRoles();
builder.AddProtocol();
builder.AddOrganisation();
builder.AddConsent();
builder.AddPlatformAccounts();
builder.AddPlatformConnections();
builder.AddOpenApiDocument();
builder.AddChecks();
builder.AddCompose();
builder.AddPosts();
builder.AddPostChanges();
builder.AddAdvice();
builder.AddPublishing();
builder.AddMedia();
builder.AddArchive();
builder.AddHistoryImport();
builder.AddFreezes();
builder.AddPlatformDecisions();
builder.AddIncidents();
builder.AddPrivacy();
builder.AddReactions();
builder.AddReconciliation();
builder.AddSandbox();
builder.AddNotifications();
builder.AddMenu();
builder.AddLive(); // the server-sent event streams: change signal after commit, partials as event data
// Razor Pages live beside their feature: Features/<Name>/<Page>.cshtml, routed by an explicit @page "/url".
// Validation messages of DataAnnotations are Dutch UiText keys, shown in the reader's language.
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(UiText)));

var app = builder.Build();

if (!await app.TryInitialiseDatabaseAsync())
{
    return DatabaseStartFailure.ExitCode; // a full disk or read-only folder: the Dutch reason is on standard error
}

app.UseSecurity();
app.UseErrorResponses();
app.UseStaticFilesCompressed();
app.UseLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseTwoFactorRequirement(); // administrators (or everyone, by setting) set up an authenticator app first
app.UseAuthorization();

app.MapHealth();
app.MapProtocol();
app.MapOrganisation();
app.MapConsent();
app.MapPlatformAccounts();
app.MapOpenApiDocument();
app.MapChecks();
app.MapCompose();
app.MapAttachments();
app.MapMedia();
app.MapArchiveReport();
app.MapMenuEvents();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
