namespace Protocolwacht.Imports.Posts;

/// <summary>
/// A second file of the same export that a reader needs beside the main one (X's <c>data/note-tweet.js</c> beside
/// <c>data/tweets.js</c>). <see cref="FileName"/> is named in every issue about it; the reader reads
/// <see cref="Content"/> once and does not dispose it.
/// </summary>
public sealed record ExportPart(string FileName, Stream Content);
