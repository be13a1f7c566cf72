using System.Text;
using Protocolwacht.Cli.Batch;

namespace Protocolwacht.Cli.Tests.Batch;

public class Utf8LineReaderTests
{
    private static List<string> ReadAll(byte[] bytes)
    {
        using var reader = new Utf8LineReader(new MemoryStream(bytes));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public void ReadLine_CrLfBomAndNoFinalNewline_GivesTheLinesAsTextEditorsShowThem()
    {
        var lines = ReadAll([0xEF, 0xBB, 0xBF, .. "één\r\ntwee\n\ndrie 😀"u8]);

        Assert.Equal(["één", "twee", "", "drie 😀"], lines);
    }

    [Fact]
    public void ReadLine_InvalidBytes_MarkOnlyTheirOwnLine()
    {
        var lines = ReadAll([.. "goed\n"u8, 0x66, 0xC3, 0x28, (byte)'\n', 0xED, 0xA0, 0x80, (byte)'\n', .. "ook goed\n"u8]);

        Assert.Equal(4, lines.Count);
        Assert.Equal("goed", lines[0]);
        Assert.True(InvalidUtf8.Is(lines[1]));
        Assert.True(InvalidUtf8.Is(lines[2]), "an encoded surrogate (CESU-8) is no valid UTF-8");
        Assert.Equal("ook goed", lines[3]);
    }

    [Fact]
    public void ReadLine_LineLongerThanTheBuffer_ComesBackWhole()
    {
        var longLine = new string('a', 200_000) + "é";

        var lines = ReadAll(Encoding.UTF8.GetBytes(longLine + "\nnext\n"));

        Assert.Equal([longLine, "next"], lines);
    }

    [Fact]
    public void ReadLine_MultiByteCharacterAcrossBufferBoundary_IsDecoded()
    {
        // 65,535 ASCII bytes put the two bytes of 'é' on both sides of the 64 KiB read.
        var line = new string('a', (1 << 16) - 1) + "é";

        Assert.Equal([line], ReadAll(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void ReadLine_LineOverTheLimit_ComesBackAsOverlong_AndTheNextLineIsRead()
    {
        using var reader = new Utf8LineReader(new MemoryStream([.. "kort\n"u8, .. Encoding.UTF8.GetBytes(new string('a', 101)), .. "\nnog kort\n"u8, .. Encoding.UTF8.GetBytes(new string('b', 100))]), maxLineBytes: 100);

        Assert.Equal("kort", reader.ReadLine());
        Assert.True(OverlongLine.Is(reader.ReadLine()!));
        Assert.Equal("nog kort", reader.ReadLine());
        Assert.Equal(new string('b', 100), reader.ReadLine()); // exactly at the limit is read
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void ReadLine_EndlessLineWithoutNewline_IsNotHeldInMemory()
    {
        // 64 MiB without a newline: the reader of before grew one buffer to hold it all.
        using var reader = new Utf8LineReader(new EndlessStream(64 << 20));
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(OverlongLine.Is(reader.ReadLine()!));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8 << 20, "an overlong line must not be kept");
        Assert.Null(reader.ReadLine());
    }

    /// <summary>A stream of <c>length</c> 'x' bytes, produced as read.</summary>
    private sealed class EndlessStream(long size) : Stream
    {
        private long _left = size;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)'x');
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
