using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Errors;

/// <summary>
/// The app's own page for an unknown address (404), a refusal or an error, in the app's layout. Reached by
/// re-execution with the original status kept, for any method, so a POST to an unknown post lands here too.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<UiText> texts) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        var status = code ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError);
        (Title, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => (texts["Pagina niet gevonden"], texts["Deze pagina bestaat niet (meer), of je hebt er geen toegang toe. Controleer het adres of ga terug naar de startpagina."]),
            StatusCodes.Status403Forbidden => (texts["Geen toegang"], texts["Je hebt geen toegang tot deze pagina."]),
            StatusCodes.Status400BadRequest => (texts["Ongeldig verzoek"], texts["Het formulier kon niet verwerkt worden. Laad de pagina opnieuw en probeer het nog eens."]),
            StatusCodes.Status413PayloadTooLarge => (texts["Te groot"], texts["Wat je stuurde is te groot. Een bijlage mag hoogstens 20 MB zijn en een concept hoogstens 10.000 tekens."]),
            _ => (texts["Er ging iets mis"], texts["Er ging aan onze kant iets mis; er is niets half opgeslagen. Probeer het opnieuw."]),
        };
        if (Persistence.Database.StorageFailure.Of(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error) is { } storage)
        {
            // The database's disk is full or read-only: the person's change was not saved, and it is no fault of theirs.
            (Title, Explanation) = (texts[Persistence.Database.StorageFailure.Title], texts[Persistence.Database.StorageFailure.Explanation(storage)]);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        else if (Persistence.Database.BusyDatabase.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            // A deadlock, a timeout or no free connection on a busy server: nothing was saved, and trying again will do.
            (Title, Explanation) = (texts[Persistence.Database.BusyDatabase.Title], texts[Persistence.Database.BusyDatabase.Explanation]);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }

        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null && code is { } direct)
        {
            Response.StatusCode = direct; // opened directly (/fout/404): answer with that status too
        }

        return Page();
    }
}
