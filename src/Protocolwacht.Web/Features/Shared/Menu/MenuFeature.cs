namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>The main menu of the layout (<see cref="MainMenu"/>); features register their counters themselves.</summary>
public static class MenuFeature
{
    public static WebApplicationBuilder AddMenu(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MenuBuilder>();
        return builder;
    }
}
