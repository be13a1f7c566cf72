using System.Net;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// The status-code rules all platforms share. Connectors call <see cref="FromAnswer"/> with the
/// platform's own error text and add their platform-specific rules in front of it.
/// </summary>
internal sealed class ProblemMapping(string platformName, TimeProvider time, ConnectorOptions options)
{
    public string PlatformName => platformName;

    public CallProblem FromExchange(HttpExchange exchange, Func<string, string?> platformMessage) => exchange switch
    {
        HttpExchange.Answered answered => FromAnswer(answered, platformMessage(answered.Body)),
        HttpExchange.NotSent notSent => new CallProblem.Rejected(
            Permanent: false,
            $"{platformName} was niet bereikbaar; het bericht is niet verstuurd ({notSent.Detail}).",
            null),
        HttpExchange.NoAnswer { TimedOut: true } noAnswer => new CallProblem.Uncertain(
            $"{platformName} gaf {noAnswer.Detail}; het is onbekend of het bericht geplaatst is. Eerst controleren, dan pas opnieuw proberen."),
        HttpExchange.NoAnswer noAnswer => new CallProblem.Uncertain(
            $"De verbinding met {platformName} viel weg voordat er antwoord kwam ({noAnswer.Detail}); het is onbekend of het bericht geplaatst is."),
        _ => throw new InvalidOperationException(),
    };

    public CallProblem FromAnswer(HttpExchange.Answered answer, string? platformMessage) => answer.Status switch
    {
        HttpStatusCode.Unauthorized => TokenRejected(platformMessage),
        HttpStatusCode.Forbidden => new CallProblem.Rejected(true, WithPlatformMessage(
            $"{platformName} staat deze handeling niet toe voor dit account (geen toestemming).", platformMessage), platformMessage),
        HttpStatusCode.TooManyRequests => RateLimited(answer, platformMessage),
        HttpStatusCode.NotFound => new CallProblem.Rejected(true, WithPlatformMessage(
            $"{platformName} kent dit bericht of account niet (niet gevonden).", platformMessage), platformMessage),
        HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => ServerError(answer, platformMessage),
        _ => new CallProblem.Rejected(true, WithPlatformMessage(
            RefusedContent.Describe(platformName, answer.Status, platformMessage), platformMessage), platformMessage),
    };

    // A 503 (or another server error) may carry Retry-After (RFC 9110 §10.2.3): the platform says when to come
    // back, and the publisher waits at least that long before it looks again.
    private CallProblem.Uncertain ServerError(HttpExchange.Answered answer, string? platformMessage)
    {
        var retryAt = RateLimitHeaders.RetryAfter(answer.Headers, time);
        var reason = $"{platformName} gaf een serverfout ({(int)answer.Status}); het is onbekend of het bericht geplaatst is.";
        if (retryAt is { } at)
        {
            reason += $" {platformName} vraagt het na {Protocolwacht.Domain.Time.DutchTime.FormatWithSeconds(at)} opnieuw te proberen.";
        }

        reason += " Protocolwacht kijkt zelf of het bericht er toch staat en probeert het anders opnieuw; je hoeft niets te doen.";

        return new CallProblem.Uncertain(WithPlatformMessage(reason, platformMessage)) { RetryAt = retryAt };
    }

    public CallProblem.Rejected TokenRejected(string? platformMessage) => new(
        true,
        WithPlatformMessage($"{platformName} accepteert het token van dit account niet (meer). Koppel het account opnieuw.", platformMessage),
        platformMessage);

    public CallProblem.Limited RateLimited(HttpExchange.Answered answer, string? platformMessage)
    {
        var retryAt = RateLimitHeaders.RetryAt(answer.Headers, time, options.DefaultRateLimitBackoff);
        return RateLimitedUntil(retryAt, platformMessage);
    }

    public CallProblem.Limited RateLimitedUntil(DateTimeOffset retryAt, string? platformMessage) => new(
        retryAt,
        WithPlatformMessage($"{platformName} laat tijdelijk geen berichten toe (limiet bereikt); Protocolwacht probeert het zelf opnieuw na {Protocolwacht.Domain.Time.DutchTime.FormatWithSeconds(retryAt)}.", platformMessage));

    public CallProblem.Uncertain Unreadable(string what) => new(
        $"{platformName} gaf een antwoord dat niet te lezen was ({what}); het is onbekend of het bericht geplaatst is.");

    /// <summary>
    /// For steps before the publishing call (uploading media, preparing a container, making a
    /// session): nothing can be online yet, so an unclear answer is a retryable failure, not unknown.
    /// </summary>
    public PublishOutcome BeforePublishing(CallProblem problem, string step) => problem switch
    {
        CallProblem.Uncertain => new PublishOutcome.Failed(false, $"{platformName} gaf geen duidelijk antwoord bij {step}; het bericht is nog niet geplaatst en kan opnieuw worden geprobeerd.", null),
        _ => problem.ToPublish(),
    };

    public string WithPlatformMessage(string reason, string? platformMessage) =>
        string.IsNullOrWhiteSpace(platformMessage) ? reason : $"{reason} Melding van {platformName}: \"{platformMessage.Trim()}\"";
}
