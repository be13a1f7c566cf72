using Protocolwacht.Imports;
using Protocolwacht.Imports.School;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// A pupil export read completely (and a separate parents' file joined to it), ready for a preview.
/// <see cref="Issues"/> holds every problem of the files with file name, row and column; an import with any
/// issue changes nothing. <see cref="HasGuardians"/> is false when neither file names a single parent: the
/// parents in the register are then left as they are rather than removed.
/// <see cref="School"/> (a school id or BRIN, chosen by the person importing) is the school of rows without a BRIN.
/// </summary>
public sealed record PupilFile(string FileName, IReadOnlyList<PupilLine> Pupils, bool HasGuardians, IReadOnlyList<ImportIssue> Issues)
{
    public string? School { get; init; }

    /// <summary>Reads a pupil export (CSV or .xlsx) and optionally a parents' export, as <c>org pupils</c> and the import page do.</summary>
    /// <param name="school">The school (id or BRIN) of rows without a BRIN (an export of one school without a BRIN column).</param>
    public static PupilFile Read(Stream pupils, string fileName, Stream? parents, string? parentsFileName, string? school, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        ArgumentNullException.ThrowIfNull(fileName);
        var lines = new List<PupilLine>();
        var issues = new List<ImportIssue>();
        foreach (var row in ReadPupils(pupils, fileName, time))
        {
            issues.AddRange(row.Issues);
            if (row.Value is { } pupil)
            {
                lines.Add(new PupilLine(row.Line ?? 0, pupil));
            }
        }

        if (parents is not null)
        {
            var parentsName = parentsFileName ?? "ouders";
            var joined = PupilGuardians.Attach(
                new ImportResult<ImportedPupil>([.. lines.Select(l => l.Pupil)], []),
                new GuardianFileReader().Read(parents, parentsName),
                parentsName);
            issues.AddRange(joined.Issues);
            lines = [.. lines.Zip(joined.Values, (line, pupil) => line with { Pupil = pupil })];
        }

        if (lines.Count == 0 && issues.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, "Het bestand bevat geen leerlingen."));
        }

        return new PupilFile(fileName, lines, lines.Any(l => l.Pupil.Guardians.Count > 0), issues) { School = string.IsNullOrWhiteSpace(school) ? null : school.Trim() };
    }

    /// <summary>EDEXML (an XML file) or a CSV/Excel export, told apart by content, not by name.</summary>
    private static IEnumerable<ImportRow<ImportedPupil>> ReadPupils(Stream pupils, string fileName, TimeProvider time)
    {
        var buffer = new MemoryStream();
        pupils.CopyTo(buffer);
        buffer.Position = 0;
        var start = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 512)).TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == (byte)'<'
            ? new EdexmlReader(time).Read(buffer, fileName)
            : new PupilFileReader(time).Read(buffer, fileName);
    }
}
