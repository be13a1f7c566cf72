using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Protocol;

/// <summary>The protocol as data: public reading, versions published by administrators, staff acknowledgements.</summary>
public static class ProtocolFeature
{
    public static WebApplicationBuilder AddProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IHomeAction, ProtocolHomeAction>();
        builder.Services.AddScoped<IHomeOverview, AcknowledgementsHomeOverview>();
        return builder;
    }
}
