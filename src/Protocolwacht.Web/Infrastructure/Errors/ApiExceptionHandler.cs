using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Protocolwacht.Web.Infrastructure.Errors;

/// <summary>
/// Turns an exception on an API request into a problem document: a body that is not JSON or does not
/// fit the request type names the line, position and field; a too large body names the limit; anything
/// else is a 500 without internals. Page requests go on to the error page.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!ErrorsFeature.IsApi(httpContext) || httpContext.Response.HasStarted)
        {
            return false;
        }

        // The exception itself is logged by the exception handler middleware; the client gets no internals.
        var (status, title, detail, field) = Describe(exception);
        if (status == StatusCodes.Status503ServiceUnavailable && Persistence.Database.BusyDatabase.Is(exception))
        {
            httpContext.Response.Headers.RetryAfter = "5"; // a moment's trouble: the same request will usually do
        }

        await DutchProblems.WriteAsync(httpContext, status, title, detail, field);
        return true;
    }

    private static (int Status, string Title, string Detail, string? Field) Describe(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, DutchProblems.TooLargeTitle, DutchProblems.TooLargeDetail, null),
        BadHttpRequestException { InnerException: JsonException json } => Json(json),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType =>
            (bad.StatusCode, "Onbekend formaat", "Stuur de gegevens als JSON (Content-Type: application/json).", null),
        BadHttpRequestException bad =>
            (bad.StatusCode, "Ongeldig verzoek", "Het verzoek mist een verplicht onderdeel of heeft een onderdeel in de verkeerde vorm.", null),
        _ when Persistence.Database.StorageFailure.Of(exception) is { } storage =>
            (StatusCodes.Status503ServiceUnavailable, Persistence.Database.StorageFailure.Title, Persistence.Database.StorageFailure.Explanation(storage), null),
        _ when Persistence.Database.BusyDatabase.Is(exception) =>
            (StatusCodes.Status503ServiceUnavailable, Persistence.Database.BusyDatabase.Title, Persistence.Database.BusyDatabase.Explanation, null),
        _ => (StatusCodes.Status500InternalServerError, "Er ging iets mis", "Er ging aan onze kant iets mis; er is niets half opgeslagen. Probeer het opnieuw.", null),
    };

    /// <summary>"De JSON klopt niet op regel 2, positie 17, bij veld 'accounts'."</summary>
    private static (int, string, string, string?) Json(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        var where = json.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"op regel {line + 1}, positie {(json.BytePositionInLine ?? 0) + 1}")
            : "ergens";
        var what = field is null ? string.Empty : $", bij veld '{field}'";
        var hint = json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? " Die waarde heeft niet het verwachte type (tekst, getal, ja/nee of lijst)."
            : " Controleer aanhalingstekens, komma's en haakjes.";
        return (StatusCodes.Status400BadRequest, "Het verzoek is geen geldige JSON", $"De JSON klopt niet {where}{what}.{hint}", field);
    }
}
