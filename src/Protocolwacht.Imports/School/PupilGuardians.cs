namespace Protocolwacht.Imports.School;

/// <summary>Joins a parents' file to the pupils of a pupil file by pupil number.</summary>
public static class PupilGuardians
{
    /// <summary>
    /// Every pupil with the guardians the links name for them added (after those on their own row).
    /// A link to a pupil number that is not among <paramref name="pupils"/> is an issue on that link's line.
    /// </summary>
    public static ImportResult<ImportedPupil> Attach(ImportResult<ImportedPupil> pupils, IEnumerable<ImportRow<ImportedGuardianLink>> links, string linksFileName)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        ArgumentNullException.ThrowIfNull(links);
        var byNumber = pupils.Values.ToDictionary(p => p.PupilNumber, p => new List<ImportedGuardian>(p.Guardians), StringComparer.OrdinalIgnoreCase);
        var issues = new List<ImportIssue>(pupils.Issues);
        foreach (var row in links)
        {
            issues.AddRange(row.Issues);
            if (row.Value is not { } link)
            {
                continue;
            }

            foreach (var number in link.PupilNumbers)
            {
                if (byNumber.TryGetValue(number, out var guardians))
                {
                    guardians.Add(link.Guardian);
                }
                else
                {
                    issues.Add(new ImportIssue(linksFileName, row.Line, null, null,
                        $"Leerlingnummer {number} staat niet in het leerlingbestand: bij welk kind hoort deze ouder/verzorger?"));
                }
            }
        }

        var joined = pupils.Values.Select(p => p with { Guardians = byNumber[p.PupilNumber] }).ToList();
        return new ImportResult<ImportedPupil>(joined, issues);
    }
}
