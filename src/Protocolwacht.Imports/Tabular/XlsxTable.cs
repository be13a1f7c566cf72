using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx) with the Open XML SDK, row by row as
/// Excel numbers them. Text comes from the shared string table, a number formatted as a date becomes
/// <c>yyyy-MM-dd</c> (Excel stores dates as day numbers), other numbers their plain invariant text. A
/// damaged or non-Excel file is one issue. The workbook is read into memory: the format needs random
/// access, and a school's export is a few megabytes at most.
/// </summary>
internal static class XlsxTable
{
    private const string EmptySheet = "Het eerste werkblad ('{0}') van de Excel-werkmap is leeg.";

    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    public static IReadOnlyList<TabularRecord> Read(Stream stream, string fileName)
    {
        try
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var document = SpreadsheetDocument.Open(copy, isEditable: false);
            return ReadFirstSheet(document, fileName);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException
            or IOException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            return [new TabularRecord(0, [], new ImportIssue(fileName, null, null, null,
                "Het Excel-bestand is beschadigd of geen .xlsx-werkmap (sla het in Excel opnieuw op als .xlsx of als CSV)."))];
        }
    }

    private static List<TabularRecord> ReadFirstSheet(SpreadsheetDocument document, string fileName)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null)
        {
            return [new TabularRecord(0, [], new ImportIssue(fileName, null, null, null, "Het bestand is een ZIP-archief, maar geen Excel-werkmap (.xlsx)."))];
        }

        if (sheet?.Id?.Value is not { } sheetId || workbook.GetPartById(sheetId) is not WorksheetPart worksheet)
        {
            return [new TabularRecord(0, [], new ImportIssue(fileName, null, null, null, "De Excel-werkmap heeft geen werkblad."))];
        }

        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
        var records = new List<TabularRecord>();
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement && reader.LoadCurrentElement() is Row row)
            {
                records.Add(ReadRow(row, strings, dateStyles, records.Count + 1));
            }
        }

        return records.Count > 0
            ? records
            : [new TabularRecord(0, [], new ImportIssue(fileName, null, null, null, string.Format(CultureInfo.InvariantCulture, EmptySheet, sheet.Name?.Value)))];
    }

    private static TabularRecord ReadRow(Row row, string[] strings, HashSet<uint> dateStyles, int fallbackLine)
    {
        var cells = new List<string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? next;
            while (cells.Count < column)
            {
                cells.Add(string.Empty);
            }

            cells.Add(CellText(cell, strings, dateStyles).Trim());
            next = column + 1;
        }

        return new TabularRecord((int?)row.RowIndex?.Value ?? fallbackLine, cells);
    }

    private static string CellText(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if ((type is null || type == CellValues.Number)
            && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is > 0 and < 2_958_466)
        {
            var date = DateTime.FromOADate(serial);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The cell formats (by index) whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null)
        {
            return result;
        }

        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || (custom.TryGetValue(id, out var code) && LooksLikeDate(code)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool LooksLikeDate(string code)
    {
        // Quoted literals ("uur") and sections in brackets ([Red], [$-413]) are not date parts.
        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty);
        return bare.Contains('d', StringComparison.OrdinalIgnoreCase) || bare.Contains('y', StringComparison.OrdinalIgnoreCase)
            || bare.Contains('j', StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"C12" → 2 (0-based).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? null : index - 1;
    }
}
