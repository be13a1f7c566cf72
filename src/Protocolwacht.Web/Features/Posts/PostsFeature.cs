namespace Protocolwacht.Web.Features.Posts;

public static class PostsFeature
{
    public static WebApplicationBuilder AddPosts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PostWorkflow>();
        builder.Services.AddScoped<PostLiveStream>();
        builder.Services.AddScoped<Home.IHomeAction, WorkflowHomeAction>();
        builder.Services.AddScoped<Home.IHomeOverview, MyPostsHomeOverview>();
        builder.Services.AddScoped<Home.IHomeOverview, SchoolPostsHomeOverview>();
        return builder;
    }
}
