using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.History.Import;
using Protocolwacht.History.Insight;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>The import of platform exports, the archive search and the insight; their tables follow every archive append.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services)
    {
        services.AddScoped<SearchIndexer>();
        services.AddScoped<IArchiveAppendObserver>(s => s.GetRequiredService<SearchIndexer>());
        services.AddScoped<InsightIndexer>();
        services.AddScoped<IArchiveAppendObserver>(s => s.GetRequiredService<InsightIndexer>());
        services.AddScoped<InsightQuery>();
        services.AddScoped<ArchiveSearch>();
        services.AddScoped<PostImporter>();
        services.AddScoped<ImportedHistory>();
        return services;
    }
}
