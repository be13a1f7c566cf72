using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>Dutch (nl-NL) first; English when the browser's Accept-Language prefers it.</summary>
public static class LocalizationFeature
{
    private static readonly CultureInfo[] Cultures = [new("nl-NL"), new("en")];

    public static WebApplicationBuilder AddLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("nl-NL");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        // Dutch text (ë, ï, é) is written as characters, not as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static IApplicationBuilder UseLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
