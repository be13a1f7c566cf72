using System.Text;
using CsvHelper;
using Protocolwacht.Imports.Text;

namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// Reads a CSV export record by record with CsvHelper: the separator is detected (Dutch Excel and
/// school systems write ';', others ',' or a tab), the encoding too (see <see cref="TextFileDecoder"/>),
/// quoted fields may span lines. A badly quoted record becomes an issue on its line and is not used;
/// reading goes on with the next one. A quote inside an unquoted field is kept as text.
/// </summary>
internal static class CsvTable
{
    public static IEnumerable<TabularRecord> Read(Stream stream, string fileName)
    {
        var sampled = TextFileDecoder.Sample(stream, out var encoding, out var binary);
        if (binary)
        {
            yield return new TabularRecord(0, [], new ImportIssue(fileName, null, null, null, NotText));
            yield break;
        }

        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            Encoding = encoding is UTF8Encoding ? null : encoding,
            OnMalformedRecord = malformed.Add,
        };
        using var reader = CsvReader.Create(sampled, options, leaveOpen: true);
        var any = false;
        while (true)
        {
            TabularRecord? record = null;
            ImportIssue? failure = null;
            try
            {
                if (!reader.Read())
                {
                    break;
                }

                any = true;
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i).Trim();
                }

                record = new TabularRecord((int)reader.LineNumber, cells);
            }
            catch (CsvFormatException ex)
            {
                failure = new ImportIssue(fileName, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, null,
                    "Het CSV-bestand kan niet verder gelezen worden: een regel is te lang of onleesbaar.");
            }
            catch (DecoderFallbackException)
            {
                failure = new ImportIssue(fileName, null, null, null, "Het bestand bevat tekens die geen tekst zijn: is het wel een CSV-bestand?");
            }

            var skip = false;
            // A stray quote inside an unquoted field (Jan "de Bouwer" Jansen) is kept as text: harmless.
            foreach (var bad in malformed.Where(m => m.Reason != CsvMalformedReason.StrayQuote))
            {
                var line = bad.LineNumber > 0 ? (int)bad.LineNumber : record?.Line;
                skip |= record is not null && line == record.Line;
                yield return new TabularRecord(line ?? 0, [], new ImportIssue(fileName, line, null, null, Describe(bad.Reason)));
            }

            malformed.Clear();
            if (failure is not null)
            {
                yield return new TabularRecord(failure.Line ?? 0, [], failure);
                yield break;
            }

            if (record is not null && !skip)
            {
                yield return record;
            }
        }

        if (!any)
        {
            yield return new TabularRecord(1, [], new ImportIssue(fileName, 1, null, null, "Het bestand is leeg."));
        }
    }

    public const string NotText = "Het bestand is geen CSV-tekstbestand: het bevat binaire gegevens (een PDF, afbeelding of ander soort bestand?). Is dit het goede bestand?";

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "Een aanhalingsteken midden in een veld dat niet tussen aanhalingstekens staat.",
        CsvMalformedReason.TextAfterClosingQuote => "Tekst na het sluitende aanhalingsteken van een veld.",
        CsvMalformedReason.UnterminatedQuote => "Een aanhalingsteken wordt nooit gesloten: de rest van het bestand lijkt één veld.",
        _ => "Deze regel is niet volgens de CSV-regels opgebouwd.",
    };
}
