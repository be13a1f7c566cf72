using Microsoft.AspNetCore.Mvc;

namespace Protocolwacht.Web.Infrastructure.Errors;

/// <summary>The Dutch titles of the API's problem documents, by status, and a writer for one.</summary>
public static class DutchProblems
{
    public const string TooLargeTitle = "Het verzoek is te groot";
    public const string TooLargeDetail = "De API leest hoogstens 1 MB per verzoek; een concept mag hoogstens 10.000 tekens hebben.";

    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("Ongeldig verzoek", "Het verzoek klopt niet; zie de velden hieronder."),
        [StatusCodes.Status401Unauthorized] = ("Niet aangemeld", "Meld je aan om dit te gebruiken."),
        [StatusCodes.Status403Forbidden] = ("Geen toegang", "Je hebt geen toegang tot dit onderdeel."),
        [StatusCodes.Status404NotFound] = ("Niet gevonden", "Dit adres bestaat niet, of je hebt er geen toegang toe."),
        [StatusCodes.Status405MethodNotAllowed] = ("Methode niet toegestaan", "Dit adres kent deze HTTP-methode niet."),
        [StatusCodes.Status409Conflict] = ("Botst met de huidige toestand", "Het verzoek past niet bij hoe het nu is vastgelegd."),
        [StatusCodes.Status413PayloadTooLarge] = (TooLargeTitle, TooLargeDetail),
        [StatusCodes.Status415UnsupportedMediaType] = ("Onbekend formaat", "Stuur de gegevens als JSON (Content-Type: application/json)."),
        [StatusCodes.Status429TooManyRequests] = ("Te veel verzoeken", "Wacht even en probeer het dan opnieuw."),
        [StatusCodes.Status500InternalServerError] = ("Er ging iets mis", "Er ging aan onze kant iets mis; er is niets half opgeslagen. Probeer het opnieuw."),
    };

    /// <summary>Replaces the framework's English title (and an empty detail) with the Dutch ones.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem is HttpValidationProblemDetails && status == StatusCodes.Status400BadRequest && IsFrameworkTitle(problem.Title, status))
        {
            problem.Title = "Een of meer velden kloppen niet";
            problem.Detail ??= "Zie per veld wat er moet veranderen.";
        }
        else if (ByStatus.TryGetValue(status, out var dutch))
        {
            if (IsFrameworkTitle(problem.Title, status))
            {
                problem.Title = dutch.Title;
            }

            problem.Detail ??= dutch.Detail;
        }
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string? field)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    // The framework fills in the reason phrase ("Bad Request") and two sentences of its own; a title an
    // endpoint chose ("Geen plaatsingsrecht") stays.
    private static bool IsFrameworkTitle(string? title, int status) =>
        string.IsNullOrEmpty(title)
        || title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
        || title is "One or more validation errors occurred." or "An error occurred while processing your request.";
}
