using System.Text;
using Protocolwacht.Web.Features.Insight;

namespace Protocolwacht.Web.Tests.Insight;

/// <summary>
/// The insight's CSV guards against spreadsheet formulas (CSV injection): a cell that a spreadsheet would read as one
/// starts with an apostrophe. Before fixweb2 the guard missed a leading tab and carriage return, which some spreadsheets
/// skip before reading the formula behind them; and account names started with '@', so every one showed an apostrophe.
/// </summary>
public sealed class InsightCsvTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+31 6")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_ACellThatStartsLikeAFormula_StartsWithAnApostrophe(string label)
    {
        var csv = Csv(label);

        var row = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        // A cell with a line break is quoted (RFC 4180), the apostrophe inside the quotes.
        Assert.True(row.StartsWith("'" + label, StringComparison.Ordinal) || row.StartsWith("\"'" + label, StringComparison.Ordinal), row);
    }

    [Theory]
    [InlineData("Instagram @kckompas")]
    [InlineData("Kindcentrum Het Kompas")]
    public void Write_AName_StaysAsItIs(string label) =>
        Assert.Contains("\r\n" + label + ",kompas,3\r\n", Csv(label), StringComparison.Ordinal);

    private static string Csv(string label)
    {
        var chart = new BarChart("account", "Bevindingen per account", "Account", "Bevindingen", [new BarChartRow(label, 3) { Id = "kompas" }]) { IdHeader = "Account-id" };
        return Encoding.UTF8.GetString(InsightCsv.Write(chart)).TrimStart('\uFEFF');
    }
}
