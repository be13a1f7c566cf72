using Protocolwacht.Imports.Posts.Csv;
using Protocolwacht.Imports.Posts.Facebook;
using Protocolwacht.Imports.Posts.Instagram;
using Protocolwacht.Imports.Posts.LinkedIn;
using Protocolwacht.Imports.Posts.Mastodon;
using Protocolwacht.Imports.Posts.X;

namespace Protocolwacht.Imports.Posts;

/// <summary>
/// The one entry point for <c>protocolwacht import x|mastodon|facebook|linkedin|instagram|csv FILE</c>:
/// picks the reader for the format. Rows stream; read them once, in order.
/// </summary>
public static class PostExportReader
{
    public static IEnumerable<ImportRow<ImportedPost>> Read(ImportPlatform format, Stream stream, PostReaderOptions options) => format switch
    {
        ImportPlatform.X => XArchiveReader.Read(stream, options),
        ImportPlatform.Mastodon => MastodonOutboxReader.Read(stream, options),
        ImportPlatform.Facebook => FacebookPostsReader.Read(stream, options),
        ImportPlatform.LinkedIn => LinkedInSharesReader.Read(stream, options),
        ImportPlatform.Instagram => InstagramPostsReader.Read(stream, options),
        ImportPlatform.Csv => SimplePostsCsvReader.Read(stream, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format named on the command line (<c>x</c>, <c>mastodon</c>, …), case-insensitive.</summary>
    public static bool TryParseFormat(string? name, out ImportPlatform format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format);
}
