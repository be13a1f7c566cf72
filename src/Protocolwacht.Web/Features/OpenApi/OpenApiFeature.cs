namespace Protocolwacht.Web.Features.OpenApi;

public static class OpenApiFeature
{
    public static WebApplicationBuilder AddOpenApiFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Serves the document at /openapi/v1.json; a copy is committed in docs/ so contract changes show in diffs.</summary>
    public static IEndpointRouteBuilder MapOpenApiFeature(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
