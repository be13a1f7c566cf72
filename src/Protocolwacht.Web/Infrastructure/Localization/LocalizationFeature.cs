using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// Dutch (nl-NL) first; English when the person chose it with the language switch (the culture cookie, see
/// Features/Language) or, without that choice, when the browser's Accept-Language prefers it.
/// </summary>
public static class LocalizationFeature
{
    public static readonly CultureInfo Dutch = new("nl-NL");
    public static readonly CultureInfo English = new("en");
    private static readonly CultureInfo[] Cultures = [Dutch, English];

    public static WebApplicationBuilder AddLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<UiTranslator>();
        builder.Services.AddSingleton<Translate>(services => services.GetRequiredService<UiTranslator>().Translate);
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Dutch);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The switch's cookie first, then the browser; no culture from the query string, so a link cannot
            // change the language of the page it opens.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Dutch text (ë, ï, é) is written as characters, not as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static IApplicationBuilder UseLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The supported culture a switch's choice names, or null for anything else.</summary>
    public static CultureInfo? Supported(string? name) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
