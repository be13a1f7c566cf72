using System.Globalization;
using System.Text.Json;
using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Meta;

/// <summary>
/// Meta's Graph API (Facebook Pages, Instagram) reports errors as
/// <c>{"error": {"message", "type", "code", "error_subcode", "is_transient", "fbtrace_id"}}</c>,
/// mostly with HTTP 400 whatever the cause, so the error code decides, not the status.
/// </summary>
internal sealed class GraphErrors(string platformName, TimeProvider time, ConnectorOptions options)
{
    private readonly ProblemMapping problems = new(platformName, time, options);

    // Application, user, page and business-use-case throttling.
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 613, 80001, 80002, 80004, 80005, 80006, 80008, 80014];

    // Instagram's rolling 24-hour limit on published posts; the answer carries no reset time.
    private const int ContentPublishingLimitSubcode = 2207042;

    public ProblemMapping Problems => problems;

    public CallProblem From(HttpExchange exchange)
    {
        if (exchange is not HttpExchange.Answered answered || Error(answered.Body) is not { } error)
        {
            return problems.FromExchange(exchange, _ => null);
        }

        var message = error.UserMessage ?? error.Message;
        if (error.Code is 190 or 102)
        {
            return problems.TokenRejected(message);
        }

        if (RateLimitCodes.Contains(error.Code) || (error.Code == 9 && error.Subcode == ContentPublishingLimitSubcode))
        {
            return problems.RateLimitedUntil(RetryAt(answered), message);
        }

        if (error.Code is 1 or 2 || error.IsTransient || (int)answered.Status >= 500)
        {
            return new CallProblem.Uncertain(problems.WithPlatformMessage(
                $"{problems.PlatformName} meldde een tijdelijke fout; het is onbekend of het bericht geplaatst is.", message));
        }

        if (error.Code == 506)
        {
            return new CallProblem.Rejected(true, problems.WithPlatformMessage(
                $"{problems.PlatformName} weigert dit bericht omdat het gelijk is aan een eerder bericht.", message), message);
        }

        if (error.Code is 10 or (>= 200 and < 300))
        {
            return new CallProblem.Rejected(true, problems.WithPlatformMessage(
                $"{problems.PlatformName} geeft deze app geen toestemming voor deze handeling op dit account. Koppel het account opnieuw met de juiste rechten.", message), message);
        }

        return new CallProblem.Rejected(true, problems.WithPlatformMessage(
            $"{problems.PlatformName} weigerde het verzoek (foutcode {error.Code}).", message), message);
    }

    /// <summary>True for Graph's "object does not exist" answers to a delete.</summary>
    public static bool IsMissingObject(HttpExchange exchange) =>
        exchange is HttpExchange.Answered answered && Error(answered.Body) is { Code: 100, Subcode: 33 };

    public static GraphError? Error(string body)
    {
        var error = JsonBody.Walk(JsonBody.Parse(body), "error");
        if (error is not { ValueKind: JsonValueKind.Object })
        {
            return null;
        }

        return new GraphError(
            int.TryParse(JsonBody.String(error, "code"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : 0,
            int.TryParse(JsonBody.String(error, "error_subcode"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var subcode) ? subcode : null,
            JsonBody.String(error, "message"),
            JsonBody.String(error, "error_user_msg"),
            JsonBody.String(error, "is_transient") == "true");
    }

    /// <summary>
    /// Business-use-case throttling says how long in <c>estimated_time_to_regain_access</c>
    /// (minutes) inside the <c>X-Business-Use-Case-Usage</c> header; otherwise the usual headers.
    /// </summary>
    private DateTimeOffset RetryAt(HttpExchange.Answered answered)
    {
        if (answered.Header("x-business-use-case-usage") is { } usage && JsonBody.Parse(usage) is { ValueKind: JsonValueKind.Object } byBusiness)
        {
            var minutes = byBusiness.EnumerateObject()
                .SelectMany(p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(e => JsonBody.String(e, "estimated_time_to_regain_access"))
                .Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0)
                .DefaultIfEmpty(0)
                .Max();
            if (minutes > 0)
            {
                return time.GetUtcNow().AddMinutes(minutes);
            }
        }

        return RateLimitHeaders.RetryAt(answered.Headers, time, options.DefaultRateLimitBackoff);
    }
}
