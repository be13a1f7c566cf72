namespace Protocolwacht.Web.Features.Media;

/// <summary>
/// Public media: the signed, expiring addresses from which Facebook and Instagram fetch the images of a post being
/// delivered (<see cref="MediaLinks"/>, <see cref="MediaApi"/>). Settings in section <c>Publishing</c> (<see cref="MediaOptions"/>).
/// </summary>
public static class MediaFeature
{
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MediaOptions>(builder.Configuration.GetSection("Publishing"));
        builder.Services.AddSingleton<MediaLinks>();
        return builder;
    }
}
