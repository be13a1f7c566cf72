namespace Protocolwacht.Imports.Tabular;

/// <summary>
/// One record of a CSV file or spreadsheet: its cells (trimmed; empty cells are empty strings) and the
/// 1-based line or row where it starts, or an issue with the file itself (bad quoting, a damaged
/// workbook). The first record of a file is its header.
/// </summary>
internal sealed record TabularRecord(int Line, IReadOnlyList<string> Cells, ImportIssue? Issue = null)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
