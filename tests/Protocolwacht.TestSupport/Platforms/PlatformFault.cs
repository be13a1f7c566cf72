using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms;

/// <summary>
/// How a <see cref="LocalPlatformServer"/> misbehaves while its <see cref="LocalPlatformServer.Fault"/> is set. The
/// request never reaches the platform's handler, so nothing is created. No answer at all after creating the post
/// (the timeout that matters for double posts) is the platform fake's own switch (<c>MastodonServer.StallAfterCreating</c>).
/// </summary>
public sealed record PlatformFault
{
    private PlatformFault(int status, TimeSpan? retryAfter)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    /// <summary>The status code answered.</summary>
    public int Status { get; }

    /// <summary>Sent as <c>Retry-After</c> in whole seconds (RFC 9110 §10.2.3) when set.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>An internal server error with a JSON error body.</summary>
    public static PlatformFault ServerError() => new(StatusCodes.Status500InternalServerError, null);

    /// <summary>A 200 whose body is not the platform's JSON (a proxy's or portal's HTML page, as seen behind school networks).</summary>
    public static PlatformFault Garbled() => new(StatusCodes.Status200OK, null);

    /// <summary>Service unavailable, asking to come back after <paramref name="retryAfter"/>.</summary>
    public static PlatformFault Unavailable(TimeSpan retryAfter) => new(StatusCodes.Status503ServiceUnavailable, retryAfter);

    internal async Task AnswerAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        if (RetryAfter is { } after)
        {
            context.Response.Headers.RetryAfter = ((long)after.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (Status == StatusCodes.Status200OK)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>Even geduld…</body></html>");
            return;
        }

        await context.Response.WriteAsJsonAsync(new { error = Status == 503 ? "Service Unavailable" : "Internal Server Error" });
    }
}
