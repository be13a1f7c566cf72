namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>Corrections and deletions of published posts, and takedown tasks after a withdrawn consent or an erasure.</summary>
public static class ChangesFeature
{
    public static WebApplicationBuilder AddPostChanges(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PostChanges>();
        builder.Services.AddScoped<ChangeCompletion>();
        builder.Services.AddScoped<TakedownTasks>();
        builder.Services.AddScoped<PostArchiveHistory>();
        return builder;
    }
}
