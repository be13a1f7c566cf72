using Protocolwacht.Connectors;

namespace Protocolwacht.Web.Features.Sandbox;

public static class SandboxFeature
{
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPlatformConnector, SandboxConnector>();
        return builder;
    }
}
