using Protocolwacht.Connectors.Meta;

namespace Protocolwacht.Connectors.Facebook;

/// <summary>Facebook Pages settings (Graph API).</summary>
public sealed class FacebookOptions : GraphOptions
{
    /// <summary>Where posts are shown; links are built as <c>{WebUrl}{post-id}</c>.</summary>
    public Uri WebUrl { get; set; } = new("https://www.facebook.com/");
}
