namespace Protocolwacht.Web.Infrastructure.OpenApi;

public static class OpenApiDocument
{
    public static WebApplicationBuilder AddOpenApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Serves the document at /openapi/v1.json; a copy is committed in docs/ so contract changes show in diffs.</summary>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
