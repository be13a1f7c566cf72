using Protocolwacht.Imports.Time;

namespace Protocolwacht.Imports.Posts;

/// <summary>
/// What a post reader needs besides the bytes. <see cref="FileName"/> is named in every issue.
/// <see cref="OwnHandle"/> (the account's handle, with or without '@') lets the X reader tell a thread
/// part (a reply to the account itself) from a reply to someone else; X's tweets.js does not say
/// whose the account is. <see cref="TimeZone"/> is the zone of clock times written without offset
/// (the simple CSV); the other formats carry their own. <see cref="NoteTweets"/> is X's <c>data/note-tweet.js</c>:
/// the full text of long posts, whose tweet in <c>tweets.js</c> holds only the first 280 characters.
/// </summary>
public sealed record PostReaderOptions(string FileName)
{
    public string? OwnHandle { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = LocalTime.Amsterdam;

    public ExportPart? NoteTweets { get; init; }
}
