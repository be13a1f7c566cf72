using Protocolwacht.Imports.Posts;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>The platform export importers (issue 13): the first byte picks the format, the rest is the export file.</summary>
internal sealed class PostExportTarget : IFuzzTarget
{
    private static readonly (ImportPlatform Format, string FileName)[] Formats =
    [
        (ImportPlatform.X, "tweets.js"), (ImportPlatform.Mastodon, "outbox.json"), (ImportPlatform.Facebook, "your_posts_1.json"),
        (ImportPlatform.LinkedIn, "Shares.csv"), (ImportPlatform.Instagram, "posts_1.json"), (ImportPlatform.Csv, "posts.csv"),
    ];

    public void Run(ReadOnlySpan<byte> input)
    {
        var (format, fileName) = Formats[input.IsEmpty ? 0 : input[0] % Formats.Length];
        using var stream = new MemoryStream(input.IsEmpty ? [] : input[1..].ToArray());
        ImportRows.Verify(PostExportReader.Read(format, stream, new PostReaderOptions(fileName) { OwnHandle = "konot" }), fileName);
    }
}
