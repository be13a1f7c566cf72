using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// A school system's export as the administrator downloaded it: an Excel workbook (recognised by its
/// ZIP signature, whatever its name) or a CSV file.
/// </summary>
internal static class TabularFile
{
    public static IEnumerable<TabularRecord> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = PrefixedStream.Peek(stream, 4, out var read);
        var whole = new PrefixedStream(head, read, stream);
        return read == 4 && head is [(byte)'P', (byte)'K', 3, 4]
            ? XlsxTable.Read(whole, fileName)
            : CsvTable.Read(whole, fileName);
    }
}
