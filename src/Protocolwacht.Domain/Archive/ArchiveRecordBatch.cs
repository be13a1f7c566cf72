namespace Protocolwacht.Domain.Archive;

/// <summary>
/// A reusable block of records as read from the store, kept as plain columns and one byte buffer (type as
/// UTF-8, content hash, content) so that reading and verifying a million records makes no object per record.
/// A reader fills a batch (<see cref="Append"/>), hands it to the verifier, and gets it back after <see cref="Clear"/>.
/// Not thread-safe: one owner at a time.
/// </summary>
public sealed class ArchiveRecordBatch(int capacity)
{
    private readonly long[] _sequence = new long[capacity];
    private readonly long[] _recordedAt = new long[capacity];
    private readonly long[] _redacts = new long[capacity];
    private readonly int[] _start = new int[capacity];
    private readonly (int Type, int Hash, int Content)[] _lengths = new (int, int, int)[capacity];
    private byte[] _data = new byte[capacity * 512];
    private int _used;

    public int Count { get; private set; }

    public bool IsFull => Count == capacity;

    /// <summary>
    /// Adds a record (time in Unix ms, 0 when it redacts nothing, <paramref name="contentLength"/> -1 when its content is gone)
    /// and returns the space for its type (UTF-8), content hash and content, in that order, for the caller to fill.
    /// </summary>
    public Span<byte> Append(long sequence, long recordedAtUnixMs, long redactsSequence, int typeLength, int hashLength, int contentLength)
    {
        if (IsFull)
        {
            throw new InvalidOperationException("The batch is full.");
        }

        var length = typeLength + hashLength + Math.Max(contentLength, 0);
        if (_used + length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _used + length));
        }

        var i = Count++;
        (_sequence[i], _recordedAt[i], _redacts[i], _start[i], _lengths[i]) = (sequence, recordedAtUnixMs, redactsSequence, _used, (typeLength, hashLength, contentLength));
        var space = _data.AsSpan(_used, length);
        _used += length;
        return space;
    }

    public void Clear() => (Count, _used) = (0, 0);

    public long Sequence(int index) => _sequence[index];

    public long RecordedAtUnixMs(int index) => _recordedAt[index];

    /// <summary>The sequence this record redacts, or 0.</summary>
    public long RedactsSequence(int index) => _redacts[index];

    public ReadOnlySpan<byte> Type(int index) => _data.AsSpan(_start[index], _lengths[index].Type);

    public ReadOnlySpan<byte> ContentHash(int index) => _data.AsSpan(_start[index] + _lengths[index].Type, _lengths[index].Hash);

    public bool HasContent(int index) => _lengths[index].Content >= 0;

    public ReadOnlySpan<byte> Content(int index) =>
        HasContent(index) ? _data.AsSpan(_start[index] + _lengths[index].Type + _lengths[index].Hash, _lengths[index].Content) : default;

    /// <summary>Writes the record's RFC 9162 leaf hash (see <see cref="ArchiveRecord.LeafHash"/>) into <paramref name="destination"/>.</summary>
    public void WriteLeafHash(int index, Span<byte> destination) =>
        ArchiveRecord.WriteLeafHash(_sequence[index], _recordedAt[index], _redacts[index], ContentHash(index), Type(index), destination);
}
