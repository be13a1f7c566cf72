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

    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Refuses a body above <see cref="MaxApiBodyBytes"/> before anything reads it.</summary>
    private static async Task LimitApiBodyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxApiBodyBytes;
        }

        if (context.Request.ContentLength > MaxApiBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await DutchProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, DutchProblems.TooLargeTitle, DutchProblems.TooLargeDetail, field: null);
            return;
        }

        await next(context);
    }
}
