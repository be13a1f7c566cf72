using System.Text;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Tests.Text;

public class TextTests
{
    [Theory]
    [InlineData("cafÃ©", "café")]
    [InlineData("\u00c3\u00a9\u00c3\u00a9n egel \u00f0\u009f\u00a6\u0094", "één egel 🦔")]
    [InlineData("café", "café")]
    [InlineData("al goed 🦔", "al goed 🦔")]
    [InlineData("gewoon", "gewoon")]
    public void Mojibake_Repair_FixesOnlyDoubleEncodedText(string input, string expected) => Assert.Equal(expected, Mojibake.Repair(input));

    [Theory]
    [InlineData("<p>Eén &amp; twee</p><p>drie<br>vier</p>", "Eén & twee\n\ndrie\nvier")]
    [InlineData("geen html &lt;3", "geen html <3")]
    [InlineData("<p><a href=\"https://x.nl/a\"><span class=\"invisible\">https://</span><span>x.nl/a</span></a></p>", "https://x.nl/a")]
    [InlineData("<p>open <b>tag", "open tag")]
    public void HtmlText_ToPlainText_KeepsWhatAReaderSees(string html, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void TextFileDecoder_Detect_UsesBomThenUtf8ValidityThenWindows1252()
    {
        Assert.IsType<UTF8Encoding>(TextFileDecoder.Detect([0xEF, 0xBB, 0xBF, (byte)'a'], complete: true));
        Assert.Equal(Encoding.Unicode, TextFileDecoder.Detect([0xFF, 0xFE, (byte)'a', 0], complete: true));
        Assert.IsType<UTF8Encoding>(TextFileDecoder.Detect(Encoding.UTF8.GetBytes("Zoë"), complete: true));
        Assert.Equal(1252, TextFileDecoder.Detect(TextFileDecoder.Windows1252.GetBytes("Zoë"), complete: true).CodePage);
    }
}
