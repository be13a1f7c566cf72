using Microsoft.AspNetCore.Http.Features;

namespace Protocolwacht.Web.Infrastructure.Errors;

/// <summary>
/// How the app answers when something is wrong, in every environment: the API with an RFC 9457 problem
/// document (application/problem+json) whose title and detail are Dutch and name the field or position;
/// pages with the app's own error page (/fout/{status}). No stack trace ever reaches a client.
/// </summary>
public static class ErrorsFeature
{
    /// <summary>The largest request body the JSON API reads; a draft is far smaller (<see cref="Domain.Posts.PostContent.MaxTextLength"/>).</summary>
    public const long MaxApiBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddErrorResponses(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = DutchProblems.Customize);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // A body that does not bind throws (and reaches ApiExceptionHandler with its JsonException) instead of
        // an empty 400 in Production and a stack trace in Development.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fout" });
        app.UseWhen(IsApi, api =>
        {
            api.Use(LimitApiBodyAsync);
            api.UseStatusCodePages(); // with AddProblemDetails: a problem document for every empty error response
        });
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/fout/{0}"));
        return app;
    }

    /// <summary>Whether the request went to the JSON API; during exception handling, by the path it was sent to.</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Path is { } original
            ? new PathString(original)
            : context.Request.Path;
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Refuses a body above <see cref="MaxApiBodyBytes"/> before anything parses it. A declared length is
    /// read away first (up to the server's own limit), so the client finishes sending and gets the answer
    /// instead of a broken connection; a chunked body is cut off at the limit.
    /// </summary>
    private static async Task LimitApiBodyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxApiBodyBytes)
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            await DutchProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, DutchProblems.TooLargeTitle, DutchProblems.TooLargeDetail, field: null);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxApiBodyBytes;
        }

        await next(context);
    }
}
