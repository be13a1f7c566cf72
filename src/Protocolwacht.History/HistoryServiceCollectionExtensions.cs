using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.History.Import;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>The import of platform exports and the archive search; the search index follows every archive append.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services)
    {
        services.AddScoped<SearchIndexer>();
        services.AddScoped<IArchiveAppendObserver>(s => s.GetRequiredService<SearchIndexer>());
        services.AddScoped<ArchiveSearch>();
        services.AddScoped<PostImporter>();
        services.AddScoped<ImportedHistory>();
        return services;
    }
}
