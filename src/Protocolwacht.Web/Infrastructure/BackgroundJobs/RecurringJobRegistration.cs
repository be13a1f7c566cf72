namespace Protocolwacht.Web.Infrastructure.BackgroundJobs;

public static class RecurringJobRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> once, both as itself (so a page or a test can run a round now)
    /// and as a hosted service (so it runs in the background).
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services)
        where TJob : RecurringJob
    {
        services.AddSingleton<TJob>();
        services.AddSingleton<RecurringJob>(sp => sp.GetRequiredService<TJob>());
        services.AddHostedService(sp => sp.GetRequiredService<TJob>());
        return services;
    }
}
