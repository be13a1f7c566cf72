using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Imports.Tests.Broken;

/// <summary>
/// Broken files as administrators upload them, built in the test from a good one: a workbook cut short, a ZIP that
/// is no workbook, a worksheet whose XML is damaged. And the check that a message a person reads has no English in it.
/// </summary>
internal static partial class BrokenFiles
{
    public static byte[] CutInHalf(byte[] file) => file[..(file.Length / 2)];

    public static byte[] ZipWith(string entry, string content)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return zip.ToArray();
    }

    /// <summary>The workbook with its (only) worksheet's XML replaced by <paramref name="worksheetXml"/>.</summary>
    public static byte[] WithWorksheet(byte[] workbook, string worksheetXml)
    {
        var copy = new MemoryStream();
        copy.Write(workbook);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = archive.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(worksheetXml);
        }

        return copy.ToArray();
    }

    /// <summary>What an old .xls (and a workbook saved with a password) starts with: the OLE2 compound file signature.</summary>
    public static byte[] OldExcel() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Pdf() => [.. "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Length 3 /Filter /FlateDecode >>\nstream\n"u8, 0x78, 0x9C, 0x00, 0x03, .. "\nendstream\nendobj\n"u8];

    /// <summary>Fails when a message holds words of the runtime's English exception texts.</summary>
    public static void AssertDutch(ImportIssue issue)
    {
        Assert.False(English().IsMatch(issue.Message), $"English in a message a person reads: {issue}");
    }

    [GeneratedRegex(@"\b(the|invalid|expected|unexpected|error|exception|position|character|encoding|found|missing|reference|prohibited|token|stream|archive|could not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
