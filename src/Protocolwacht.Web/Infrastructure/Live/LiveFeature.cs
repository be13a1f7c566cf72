using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Protocolwacht.Web.Infrastructure.Live;

/// <summary>
/// What the server-sent event streams stand on (the post page's publication progress, the menu counters):
/// an in-process <see cref="ChangeSignal"/>, raised after commit by <see cref="ChangeSignalInterceptor"/>
/// on every context of the app, and Razor partials rendered into event data (<see cref="PartialHtml"/>).
/// </summary>
public static class LiveFeature
{
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ChangeSignal>();
        builder.Services.AddSingleton<ChangeSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<ChangeSignalInterceptor>());
        builder.Services.AddScoped<PartialHtml>();
        return builder;
    }
}
