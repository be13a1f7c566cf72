using System.Text;
using System.Text.Unicode;

namespace Protocolwacht.Imports.Text;

/// <summary>
/// Opens a text export whose encoding nobody told us: Dutch school systems and Excel write UTF-8
/// with or without a byte order mark, UTF-16 from "Unicode text", or Windows-1252. A byte order mark
/// decides; otherwise the first megabyte is checked for valid UTF-8, and if it is not, the file is
/// read as Windows-1252 (which decodes every byte, so nothing is lost). "Unicode text" saved without its byte order
/// mark is recognised by its zero bytes (every other byte of Dutch text in UTF-16 is zero); other zero bytes mean the
/// file is not text at all (a PDF, an image, a ZIP), which <see cref="Sample(Stream, out Encoding, out bool)"/> says.
/// </summary>
public static class TextFileDecoder
{
    private const int SampleSize = 1024 * 1024;

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static TextReader Open(Stream stream, out Encoding encoding) =>
        new StreamReader(Sample(stream, out encoding), encoding, detectEncodingFromByteOrderMarks: true);

    /// <summary>
    /// Detects the encoding from the start of <paramref name="stream"/> and returns a stream that
    /// still yields every byte (the sample is not lost, and nothing needs to be seekable).
    /// </summary>
    public static Stream Sample(Stream stream, out Encoding encoding) => Sample(stream, out encoding, out _);

    /// <param name="binary">True when the start of the file holds zero bytes that no text encoding explains.</param>
    public static Stream Sample(Stream stream, out Encoding encoding, out bool binary)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sample = PrefixedStream.Peek(stream, SampleSize, out var length);
        encoding = Detect(sample.AsSpan(0, length), complete: length < SampleSize);
        binary = encoding is not UnicodeEncoding && sample.AsSpan(0, length).Contains((byte)0);
        return new PrefixedStream(sample, length, stream);
    }

    public static Encoding Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith("\uFEFF"u8))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (Utf16WithoutMark(sample) is { } utf16)
        {
            return utf16;
        }

        // A sample cut in the middle of a multi-byte character is still UTF-8.
        var checkedPart = complete ? sample : sample[..Math.Max(0, sample.Length - 3)];
        return Utf8.IsValid(checkedPart) ? new UTF8Encoding(false) : Windows1252;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: in the first few kilobytes, at least a third of the characters have a zero
    /// high byte on one side (little-endian: the odd bytes) and hardly any a zero byte on the other side.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> sample)
    {
        var pairs = Math.Min(sample.Length, 4096) / 2;
        if (pairs < 2)
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += sample[2 * i] == 0 ? 1 : 0;
            oddZeros += sample[(2 * i) + 1] == 0 ? 1 : 0;
        }

        return (evenZeros, oddZeros) switch
        {
            var (even, odd) when odd * 3 >= pairs && even * 20 <= pairs => Encoding.Unicode,
            var (even, odd) when even * 3 >= pairs && odd * 20 <= pairs => Encoding.BigEndianUnicode,
            _ => null,
        };
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
