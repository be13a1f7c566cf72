namespace Protocolwacht.Imports.Posts;

/// <summary>The export format a post came from (one per <c>protocolwacht import</c> sub-command).</summary>
public enum ImportPlatform
{
    X,
    Mastodon,
    Facebook,
    LinkedIn,
    Instagram,
    Csv,
}
