using Protocolwacht.History;

namespace Protocolwacht.Web.Features.History;

/// <summary>A board's history (issue #13): importing platform exports (/history/import), their report (/history), the archive search (/search) and the insight (/insight).</summary>
public static class HistoryFeature
{
    public static WebApplicationBuilder AddHistoryImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddHistory();
        builder.Services.AddScoped<HistoryReach>();
        builder.Services.AddScoped<Insight.InsightReach>(); // the insight's figures come from the history's tables
        builder.Services.AddScoped<Home.IHomeAction, Insight.InsightHomeAction>();
        return builder;
    }
}
