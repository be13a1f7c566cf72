using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// What the Merkle tree commits to for one record: its place (<see cref="Sequence"/>, from 1, without
/// gaps), its stored type name, the server's time (UTC, whole milliseconds so every database returns it
/// unchanged), the SHA-256 of its content, and for a redaction the record whose content it removed.
/// The content itself is not in the leaf, only its hash: content can be removed later and the tree still
/// verifies (RFC 9162 leaves, issue #10 item 3).
/// </summary>
public sealed record ArchiveRecord(long Sequence, string Type, DateTimeOffset RecordedAt, byte[] ContentHash, long? RedactsSequence)
{
    private const byte LeafFormat = 1;

    /// <summary>The leaf's input: format byte, sequence, time (Unix ms), redacted sequence (0 for none), content hash, type (UTF-8), big-endian.</summary>
    public byte[] LeafInput()
    {
        var buffer = new byte[LeafInputLength];
        WriteLeafInput(buffer);
        return buffer;
    }

    /// <summary>SHA-256(0x00 || <see cref="LeafInput"/>), written without intermediate copies: verification hashes a million of these.</summary>
    public byte[] LeafHash()
    {
        var hash = new byte[SHA256.HashSizeInBytes];
        Span<byte> type = stackalloc byte[Encoding.UTF8.GetByteCount(Type)];
        Encoding.UTF8.GetBytes(Type, type);
        WriteLeafHash(Sequence, RecordedAt.ToUnixTimeMilliseconds(), RedactsSequence ?? 0, ContentHash, type, hash);
        return hash;
    }

    /// <summary>
    /// The leaf hash of a record given as its parts (time in Unix ms, 0 for "redacts nothing", the type as UTF-8),
    /// written into <paramref name="destination"/>: the verifier computes a million of these from the reader's
    /// bytes without making an <see cref="ArchiveRecord"/> of each row.
    /// </summary>
    public static void WriteLeafHash(long sequence, long recordedAtUnixMs, long redactsSequence, ReadOnlySpan<byte> contentHash, ReadOnlySpan<byte> typeUtf8, Span<byte> destination)
    {
        var length = 1 + 1 + 8 + 8 + 8 + contentHash.Length + typeUtf8.Length;
        Span<byte> buffer = length <= 256 ? stackalloc byte[length] : new byte[length];
        buffer[0] = 0x00;
        WriteLeafInput(sequence, recordedAtUnixMs, redactsSequence, contentHash, typeUtf8, buffer[1..]);
        SHA256.HashData(buffer, destination);
    }

    private int LeafInputLength => 1 + 8 + 8 + 8 + ContentHash.Length + Encoding.UTF8.GetByteCount(Type);

    private void WriteLeafInput(Span<byte> buffer)
    {
        var type = buffer[(25 + ContentHash.Length)..];
        Encoding.UTF8.GetBytes(Type, type);
        WriteLeafInput(Sequence, RecordedAt.ToUnixTimeMilliseconds(), RedactsSequence ?? 0, ContentHash, type, buffer);
    }

    private static void WriteLeafInput(long sequence, long recordedAtUnixMs, long redactsSequence, ReadOnlySpan<byte> contentHash, ReadOnlySpan<byte> typeUtf8, Span<byte> buffer)
    {
        buffer[0] = LeafFormat;
        BinaryPrimitives.WriteInt64BigEndian(buffer[1..], sequence);
        BinaryPrimitives.WriteInt64BigEndian(buffer[9..], recordedAtUnixMs);
        BinaryPrimitives.WriteInt64BigEndian(buffer[17..], redactsSequence);
        contentHash.CopyTo(buffer[25..]);
        typeUtf8.CopyTo(buffer[(25 + contentHash.Length)..]);
    }

    public static byte[] HashContent(ReadOnlySpan<byte> content) => SHA256.HashData(content);

    /// <summary>True when <paramref name="content"/> still hashes to <see cref="ContentHash"/>; hashes on the stack (verification does this a million times).</summary>
    public bool CommitsTo(ReadOnlySpan<byte> content) => CommitsTo(ContentHash, content);

    /// <summary>True when <paramref name="content"/> hashes to <paramref name="contentHash"/>.</summary>
    public static bool CommitsTo(ReadOnlySpan<byte> contentHash, ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return hash.SequenceEqual(contentHash);
    }

    /// <summary>The server time as the archive keeps it: UTC, truncated to whole milliseconds.</summary>
    public static DateTimeOffset Timestamp(DateTimeOffset now) =>
        DateTimeOffset.FromUnixTimeMilliseconds(now.ToUniversalTime().ToUnixTimeMilliseconds());
}
