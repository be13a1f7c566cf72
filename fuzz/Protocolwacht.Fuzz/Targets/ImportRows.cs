using Protocolwacht.Imports;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>The contract of every Protocolwacht.Imports reader: a row has a value or issues, and each issue says where and what.</summary>
internal static class ImportRows
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
            }
        }
    }
}
