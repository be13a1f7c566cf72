namespace Protocolwacht.Imports.Text;

/// <summary>
/// Bytes already read from the start of a stream (to sniff its encoding or format), followed by the
/// rest of that stream, so nothing has to be seekable and nothing is read twice.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(count, prefixLength - _position);
            Buffer.BlockCopy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="stream"/>.</summary>
    public static byte[] Peek(Stream stream, int count, out int read)
    {
        var buffer = new byte[count];
        read = 0;
        int n;
        while (read < count && (n = stream.Read(buffer, read, count - read)) > 0)
        {
            read += n;
        }

        return buffer;
    }
}
