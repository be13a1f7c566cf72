using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Protocolwacht.Cli.Batch;

/// <summary>
/// Reads JSONL as bytes, one line at a time, and decodes each line strictly: a line with invalid
/// UTF-8 comes back as <see cref="InvalidUtf8.Line"/>, so only that line is refused and the lines
/// around it are read as they are. Lines end at <c>\n</c>; a trailing <c>\r</c> and a leading
/// byte order mark are dropped. A line longer than <paramref name="maxLineBytes"/> comes back as
/// <see cref="OverlongLine.Line"/> without being held in memory. Only <see cref="ReadLine"/> is supported: the batch
/// reads nothing else.
/// </summary>
/// <param name="maxLineBytes">The longest line read; <see cref="OverlongLine.MaxBytes"/> except in tests and fuzzing, which reach the limit with less.</param>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes = OverlongLine.MaxBytes) : TextReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private int _start;
    private int _end;
    private bool _first = true;
    private bool _overlong;

    public override string? ReadLine()
    {
        _line.ResetWrittenCount();
        _overlong = false;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return _line.WrittenCount == 0 && !_overlong ? null : End();
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Keep(available[..newline]);
                _start += newline + 1;
                return End();
            }

            Keep(available);
            _start = _end;
        }
    }

    // Past the limit the rest of the line is only scanned for its end, not kept.
    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_overlong)
        {
            return;
        }

        if (_line.WrittenCount + bytes.Length > maxLineBytes)
        {
            _overlong = true;
            _line.ResetWrittenCount();
            return;
        }

        _line.Write(bytes);
    }

    private string End()
    {
        if (_overlong)
        {
            _first = false;
            return OverlongLine.Line;
        }

        return Decode(_line.WrittenSpan);
    }

    public override int Read() => throw new NotSupportedException("Utf8LineReader reads whole lines only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private string Decode(ReadOnlySpan<byte> line)
    {
        if (_first)
        {
            _first = false;
            if (line.StartsWith(ByteOrderMark))
            {
                line = line[ByteOrderMark.Length..];
            }
        }

        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        return Utf8.IsValid(line) ? Encoding.UTF8.GetString(line) : InvalidUtf8.Line;
    }
}
