using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// A school system's export as the administrator downloaded it: an Excel workbook (recognised by its
/// ZIP signature, whatever its name) or a CSV file. An old Excel file (.xls) or a workbook saved with a password
/// (both an OLE2 compound file, not a ZIP) cannot be read: that is one issue saying how to save it instead.
/// </summary>
internal static class TabularFile
{
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // One literal, as the web app's English texts find it by its Dutch key.
    public const string OldExcelOrPassword = "Dit is een Excel-bestand in het oude formaat (.xls) of een werkmap met een wachtwoord; die kunnen niet gelezen worden. Sla het in Excel op als .xlsx zonder wachtwoord, of als CSV.";

    public static IEnumerable<TabularRecord> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = PrefixedStream.Peek(stream, Ole2Signature.Length, out var read);
        var whole = new PrefixedStream(head, read, stream);
        if (head.AsSpan(0, read).SequenceEqual(Ole2Signature))
        {
            return [new TabularRecord(0, [], new ImportIssue(fileName, null, null, null, OldExcelOrPassword))];
        }

        return read >= 4 && head is [(byte)'P', (byte)'K', 3, 4, ..]
            ? XlsxTable.Read(whole, fileName)
            : CsvTable.Read(whole, fileName);
    }
}
