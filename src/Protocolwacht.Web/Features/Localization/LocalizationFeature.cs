using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Protocolwacht.Web.Features.Localization;

/// <summary>Dutch (nl-NL) first; English when the browser's Accept-Language prefers it.</summary>
public static class LocalizationFeature
{
    private static readonly CultureInfo[] Cultures = [new("nl-NL"), new("en")];

    public static WebApplicationBuilder AddLocalizationFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("nl-NL");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        return builder;
    }

    public static IApplicationBuilder UseLocalizationFeature(this IApplicationBuilder app) => app.UseRequestLocalization();
}
