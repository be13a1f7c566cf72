namespace Protocolwacht.Imports.Posts.X;

/// <summary>
/// One long post from <c>data/note-tweet.js</c>: its note id (not the tweet's id; the file does not name the tweet),
/// when it was made (UTC, to the second, as <c>tweets.js</c> writes its tweets), and its full text with the t.co
/// links replaced by the address they stand for and HTML entities decoded. <see cref="Line"/> is where the record
/// starts in the note file.
/// </summary>
internal sealed record XNoteTweet(string NoteId, int Line, DateTimeOffset CreatedAt, string Text);
