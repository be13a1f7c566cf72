using System.Text;
using System.Text.Unicode;

namespace Protocolwacht.Imports.Text;

/// <summary>
/// Opens a text export whose encoding nobody told us: Dutch school systems and Excel write UTF-8
/// with or without a byte order mark, UTF-16 from "Unicode text", or Windows-1252. A byte order mark
/// decides; otherwise the first megabyte is checked for valid UTF-8, and if it is not, the file is
/// read as Windows-1252 (which decodes every byte, so nothing is lost).
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
    public static Stream Sample(Stream stream, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sample = PrefixedStream.Peek(stream, SampleSize, out var length);
        encoding = Detect(sample.AsSpan(0, length), complete: length < SampleSize);
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

        // A sample cut in the middle of a multi-byte character is still UTF-8.
        var checkedPart = complete ? sample : sample[..Math.Max(0, sample.Length - 3)];
        return Utf8.IsValid(checkedPart) ? new UTF8Encoding(false) : Windows1252;
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
