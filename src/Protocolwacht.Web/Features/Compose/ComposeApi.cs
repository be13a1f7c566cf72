using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// POST /api/compose/autosave: the composer saves the draft a moment after the last keystroke and when the page
/// is left. It changes data with the sign-in cookie, so it demands the page's anti-forgery token (header
/// RequestVerificationToken), as the page's own forms do.
/// </summary>
public static class ComposeApi
{
    public static WebApplicationBuilder AddCompose(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DraftAutosave>();
        builder.Services.AddSingleton<KeptUploads>();
        builder.Services.AddRecurringJob<KeptUploadSweep>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCompose(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/compose").WithTags("Opstellen").RequireAuthorization()
            .MapPost("/autosave", AutosaveAsync).WithName("AutosaveDraft")
            .WithSummary("Bewaart het concept van de auteur terwijl die typt, steeds als hetzelfde concept.");
        return app;
    }

    private static async Task<Results<Ok<AutosaveResponse>, ProblemHttpResult>> AutosaveAsync(
        AutosaveRequest body, HttpContext http, IAntiforgery antiforgery, DraftAutosave autosave, Translate t, CancellationToken cancellationToken)
    {
        // The refusal's detail is shown under the composer's text (autosave.js): in the reader's language.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(t("De pagina is verlopen; laad hem opnieuw. Je tekst staat nog hier."), statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek");
        }

        var outcome = await autosave.SaveAsync(http.User.StaffId(), body, cancellationToken);
        if (outcome.Response is { } saved)
        {
            return TypedResults.Ok(saved);
        }

        // Changed in another tab: that tab's version goes along, so the page can show it beside the author's text.
        var extensions = outcome.Conflict is { } conflict
            ? new Dictionary<string, object?> { ["theirs"] = conflict.Theirs, ["difference"] = conflict.Difference }
            : null;
        return TypedResults.Problem(outcome.Refusal is { } refusal ? t(refusal) : null, statusCode: outcome.Status, title: "Concept niet opgeslagen", extensions: extensions);
    }
}
