namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// One thing wrong with an organisation file: where (1-based line, JSON path, and for a file that is no JSON at all the
/// 1-based position in the line) and what, in Dutch. <see cref="Message"/> says only what: the place is said once,
/// by <see cref="Where"/>.
/// </summary>
public sealed record OrganisationFileError(int Line, string Path, string Message, int? Position = null)
{
    /// <summary>
    /// Where, as a person reads it: "regel 4, positie 12, bij 'schools[0].name'". The part of the file only when the path
    /// names one ("$", the whole file, says nothing the line does not).
    /// </summary>
    public string Where
    {
        get
        {
            var where = Position is { } position ? $"regel {Line}, positie {position}" : $"regel {Line}";
            return Part is { } part ? $"{where}, bij '{part}'" : where;
        }
    }

    /// <summary>The part of the file the path names ("staff[0].role"), or null for the whole file ("$").</summary>
    public string? Part => Path switch
    {
        { Length: > 2 } when Path.StartsWith("$.", StringComparison.Ordinal) => Path[2..],
        { Length: > 1 } when Path.StartsWith("$[", StringComparison.Ordinal) => Path[1..],
        "$" or "" => null,
        _ => Path,
    };

    public override string ToString() => $"{Where}: {Message}";
}
