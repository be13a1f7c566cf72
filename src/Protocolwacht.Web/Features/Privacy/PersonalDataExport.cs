namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Everything Protocolwacht holds about one person (AVG art. 15), in sections of rows; the HTML report and
/// the JSON download render the same value. Row keys are Dutch, as the person reads them.
/// </summary>
/// <param name="Subject">What the export is about, as in the audit log (<c>leerling:daan.kok</c>).</param>
public sealed record PersonalDataExport(string Subject, string Name, DateTimeOffset ExportedAt, string ExportedBy, IReadOnlyList<ExportSection> Sections);

/// <param name="Title">The section's heading in Dutch.</param>
/// <param name="Rows">One dictionary per item; the same keys in every row of a section.</param>
public sealed record ExportSection(string Title, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows);
