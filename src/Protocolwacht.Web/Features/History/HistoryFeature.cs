using Protocolwacht.History;

namespace Protocolwacht.Web.Features.History;

/// <summary>A board's history (issue #13): importing platform exports (/history/import), their report (/history) and the archive search (/search).</summary>
public static class HistoryFeature
{
    public static WebApplicationBuilder AddHistoryImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddHistory();
        builder.Services.AddScoped<HistoryReach>();
        return builder;
    }
}
