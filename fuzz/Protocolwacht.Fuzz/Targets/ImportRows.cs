using System.Text.RegularExpressions;
using Protocolwacht.Imports;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The contract of every Protocolwacht.Imports reader: a row has a value or issues, and each issue says where and what,
/// in Dutch: no phrase of a parser's English exception text (System.Text.Json, XmlReader, the Open XML SDK, CsvHelper)
/// may reach the person importing. What an issue quotes from the file ('…') is the file's own text and is not judged.
/// </summary>
public static partial class ImportRows
{
    public static void Verify<T>(IEnumerable<ImportRow<T>> rows, string fileName)
        where T : class
    {
        foreach (var row in rows)
        {
            if ((row.Value is null) == (row.Issues.Count == 0))
            {
                throw new FuzzContractException($"rij {row.Line}: {(row.Value is null ? "geen waarde en geen probleem" : "waarde én problemen")}");
            }

            foreach (var issue in row.Issues)
            {
                if (issue.File != fileName || issue.Line < 1 || string.IsNullOrWhiteSpace(issue.Message))
                {
                    throw new FuzzContractException($"probleem zonder geldige plaats of melding: {issue}");
                }

                if (ParserEnglish().IsMatch(Quoted().Replace(issue.Message, "''")))
                {
                    throw new FuzzContractException($"Engelse tekst van een parser in de melding: {issue}");
                }
            }
        }
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(is invalid|invalid|expected|unexpected|reached end|reference to|prohibited|does not|cannot|could not|root level|hexadecimal|LineNumber|BytePosition|exception)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParserEnglish();
}
