using System.Globalization;
using Protocolwacht.Web.Features.Insight;

namespace Protocolwacht.Web.Tests.Insight;

/// <summary>
/// The insight's figures in the reader's culture on the page (thousands and decimal signs, month names), and as a
/// spreadsheet in any language reads them in the CSV (plain digits, 2024-09).
/// </summary>
public sealed class InsightFormatTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Page_InDutch_GroupsThousandsWithADot_WritesADecimalComma_AndNamesTheMonth()
    {
        var page = new InsightFormat(Dutch, ForPage: true);

        Assert.Equal("12.345", page.Count(12_345));
        Assert.Equal("12,5%", page.Share(1, 8));
        Assert.Equal("september 2024", page.Month("202409"));
    }

    [Fact]
    public void Page_InEnglish_GroupsThousandsWithAComma_WritesADecimalPoint_AndNamesTheMonth()
    {
        var page = new InsightFormat(English, ForPage: true);

        Assert.Equal("12,345", page.Count(12_345));
        Assert.Equal("12.5%", page.Share(1, 8));
        Assert.Equal("September 2024", page.Month("202409"));
    }

    [Fact]
    public void Csv_WritesPlainDigitsAndNumberedMonths_InEitherLanguage_AndTheShareInTheReadersSign()
    {
        var dutch = new InsightFormat(Dutch, ForPage: false);
        var english = new InsightFormat(English, ForPage: false);

        Assert.Equal("12345", dutch.Count(12_345));
        Assert.Equal("12345", english.Count(12_345));
        Assert.Equal("2024-09", english.Month("202409"));
        Assert.Equal("12,5%", dutch.Share(1, 8));
        Assert.Equal("12.5%", english.Share(1, 8));
    }

    [Fact]
    public void Share_OfNothing_IsZero_AndAMonthThatIsNoMonth_StaysAsItIs()
    {
        var page = new InsightFormat(English, ForPage: true);

        Assert.Equal("0%", page.Share(0, 0));
        Assert.Equal("202413", page.Month("202413"));
        Assert.Equal("bestuur", page.Month("bestuur"));
    }
}
