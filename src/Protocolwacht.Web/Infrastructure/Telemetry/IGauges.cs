namespace Protocolwacht.Web.Infrastructure.Telemetry;

/// <summary>
/// A feature's observable instruments (they read the database when a listener collects). Registered with
/// <see cref="GaugeServiceCollectionExtensions.AddGauges{T}"/> and created at start-up by <see cref="GaugeRegistration"/>,
/// because an instrument exists only once its owner has been constructed.
/// </summary>
public interface IGauges;

public static class GaugeServiceCollectionExtensions
{
    public static IServiceCollection AddGauges<T>(this IServiceCollection services)
        where T : class, IGauges
    {
        services.AddSingleton<T>();
        services.AddSingleton<IGauges>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
