namespace Protocolwacht.Web.Features.Posts;

/// <summary>The app-relative addresses of a post's pages, used by pages, notifications and mails alike.</summary>
public static class PostLinks
{
    public static string Page(Guid id) => $"/posts/{id}";

    public static string Edit(Guid id) => $"/compose/{id}";

    public static string Publish(Guid id) => $"/posts/{id}/publish";

    /// <summary>The post page's event stream (publication progress), given the version of the page that listens.</summary>
    public static string Events(Guid id, string since) => $"/posts/{id}?handler=events&since={Uri.EscapeDataString(since)}";
}
