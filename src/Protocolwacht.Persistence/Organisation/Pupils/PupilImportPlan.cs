using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Protocolwacht.Domain.Time;
using Protocolwacht.Imports;
using Protocolwacht.Imports.School;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// Compares a pupil export with the register and says what would change (<see cref="Preview"/>) and how
/// (<see cref="Apply"/>, on the rows it was built from). Pupils are matched by pupil number, and a student
/// without one (from an organisation file) by school and name, so the first import keeps their consent history.
/// Only the schools the export covers are compared: a pupil of such a school who is not in the export has left.
/// The consent register is not read or written here: an import never changes a consent.
/// </summary>
internal sealed class PupilImportPlan
{
    private readonly List<Action> actions = [];
    private readonly List<PupilChange> added = [];
    private readonly List<PupilChange> moved = [];
    private readonly List<PupilChange> left = [];
    private readonly List<PupilChange> parentsChanged = [];
    private readonly PupilImportState state;
    private readonly DateOnly today;
    private int unchanged;

    private PupilImportPlan(PupilImportState state, DateOnly today)
    {
        this.state = state;
        this.today = today;
    }

    public PupilImportPreview Preview { get; private set; } = null!;

    public static PupilImportPlan Build(PupilFile file, PupilImportState state, DateTimeOffset now)
    {
        var plan = new PupilImportPlan(state, DutchTime.DateOf(now));
        var issues = new List<ImportIssue>(file.Issues);
        var resolved = plan.Resolve(file, issues);
        if (issues.Count > 0)
        {
            plan.Preview = new PupilImportPreview([], [], [], [], [], 0, file.HasGuardians, issues, string.Empty);
            return plan;
        }

        var scope = resolved.Select(r => r.School).Distinct().ToList();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, school) in resolved)
        {
            plan.Compare(line.Pupil, school, file.HasGuardians, matched);
        }

        plan.MarkMissingAsLeft(scope, matched);
        plan.Preview = new PupilImportPreview(
            [.. scope.Select(s => s.Name)], plan.added, plan.moved, plan.left, plan.parentsChanged, plan.unchanged, file.HasGuardians, [],
            Fingerprint(plan));
        return plan;
    }

    public void Apply()
    {
        foreach (var action in actions)
        {
            action();
        }
    }

    private List<(PupilLine Line, SchoolEntity School)> Resolve(PupilFile file, List<ImportIssue> issues)
    {
        var resolved = new List<(PupilLine, SchoolEntity)>();
        var chosen = file.School is { } id ? state.SchoolById(id) ?? state.SchoolByBrin(id) : null;
        if (file.School is not null && chosen is null)
        {
            issues.Add(new ImportIssue(file.FileName, null, null, null, $"Er is geen school met id of BRIN-nummer '{file.School}'."));
            return resolved;
        }

        foreach (var line in file.Pupils)
        {
            if (line.Pupil.SchoolBrin is null && chosen is not null)
            {
                resolved.Add((line, chosen));
            }
            else if (line.Pupil.SchoolBrin is not { } brin)
            {
                issues.Add(new ImportIssue(file.FileName, line.Line, null, "BRIN",
                    "Bij deze leerling staat geen BRIN-nummer. Kies bij het importeren de school waar het bestand vandaan komt."));
            }
            else if (state.SchoolByBrin(brin) is not { } school)
            {
                issues.Add(new ImportIssue(file.FileName, line.Line, null, "BRIN",
                    $"BRIN-nummer {brin} hoort bij geen school van het bestuur. Vul het BRIN-nummer in bij de school (Organisatie, school bewerken)."));
            }
            else
            {
                resolved.Add((line, school));
            }
        }

        return resolved;
    }

    private void Compare(ImportedPupil pupil, SchoolEntity school, bool fileHasGuardians, HashSet<string> matched)
    {
        var name = pupil.DisplayName;
        var group = PupilNames.Group(pupil.Group);
        var leftOn = pupil.LeavingDate is { } leaving && leaving <= today ? leaving : (DateOnly?)null;
        var row = state.Match(pupil.PupilNumber, school.Id, name);
        if (row is null)
        {
            // A pupil who had already left before we ever knew them is not added: nothing to keep about them.
            if (leftOn is null)
            {
                Add(pupil, school, name, group, fileHasGuardians);
            }

            return;
        }

        matched.Add(row.Id);
        var changed = leftOn is { } date ? Leave(row, school, date, "uitgeschreven") : Update(row, pupil, school, name, group);
        if (fileHasGuardians && leftOn is null)
        {
            changed |= SetParents(row, pupil, school, reportChange: true);
        }

        if (!changed)
        {
            unchanged++;
        }
    }

    private void Add(ImportedPupil pupil, SchoolEntity school, string name, string? group, bool fileHasGuardians)
    {
        var row = new StudentEntity
        {
            Id = state.NewStudentId(pupil.PupilNumber),
            Name = name,
            SchoolId = school.Id,
            Group = group,
            PupilNumber = pupil.PupilNumber,
            SixteenOrOver = pupil.AgedSixteenOrOver,
        };
        state.Claim(row);
        added.Add(new PupilChange(pupil.PupilNumber, name, school.Name, group is null ? "nieuw" : $"nieuw in groep {group}"));
        actions.Add(() => state.AddStudent(row));
        if (fileHasGuardians)
        {
            SetParents(row, pupil, school, reportChange: false);
        }
    }

    private bool Update(StudentEntity row, ImportedPupil pupil, SchoolEntity school, string name, string? group)
    {
        var details = new List<string>();
        if (row.LeftOn is not null)
        {
            details.Add("weer ingeschreven");
        }

        if (row.SchoolId != school.Id)
        {
            details.Add($"{state.SchoolName(row.SchoolId)} → {school.Name}");
        }

        if (row.Group != group)
        {
            details.Add($"groep {row.Group ?? "–"} → {group ?? "–"}");
        }

        if (row.Name != name)
        {
            details.Add($"naam {row.Name} → {name}");
        }

        if (details.Count > 0)
        {
            moved.Add(new PupilChange(pupil.PupilNumber, name, school.Name, string.Join(", ", details)));
        }

        var quiet = row.PupilNumber != pupil.PupilNumber || row.SixteenOrOver != pupil.AgedSixteenOrOver;
        if (details.Count > 0 || quiet)
        {
            actions.Add(() =>
            {
                (row.Name, row.SchoolId, row.Group, row.LeftOn) = (name, school.Id, group, null);
                (row.PupilNumber, row.SixteenOrOver) = (pupil.PupilNumber, pupil.AgedSixteenOrOver);
            });
        }

        return details.Count > 0;
    }

    private bool Leave(StudentEntity row, SchoolEntity? school, DateOnly date, string reason)
    {
        if (row.LeftOn is not null)
        {
            return false;
        }

        left.Add(new PupilChange(row.PupilNumber ?? row.Id, row.Name, school?.Name ?? state.SchoolName(row.SchoolId),
            $"{reason}, vertrokken op {date.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}"));
        actions.Add(() => row.LeftOn = date);
        return true;
    }

    private void MarkMissingAsLeft(List<SchoolEntity> scope, HashSet<string> matched)
    {
        var schools = scope.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in state.Students.Where(s => schools.Contains(s.SchoolId) && s.LeftOn is null && !matched.Contains(s.Id)))
        {
            Leave(row, null, today, "niet meer in de export");
        }
    }

    /// <summary>Makes the student's parents those of the export; a parent already linked keeps their id (consent given by them stays theirs).</summary>
    private bool SetParents(StudentEntity row, ImportedPupil pupil, SchoolEntity school, bool reportChange)
    {
        var current = state.LinksOf(row.Id);
        var wanted = new List<(string Id, string Name, string? Relation)>();
        foreach (var guardian in pupil.Guardians)
        {
            var key = PupilNames.Key(guardian.Name);
            var id = current.Select(l => l.ParentId).FirstOrDefault(p => PupilNames.Key(state.ParentName(p)) == key)
                ?? PupilNames.ParentId(guardian.Name, guardian.Email);
            if (wanted.All(w => w.Id != id))
            {
                wanted.Add((id, guardian.Name, GuardianRelations.ToCode(guardian.Relation)));
            }
        }

        var gone = current.Where(l => wanted.All(w => w.Id != l.ParentId)).ToList();
        var come = wanted.Where(w => current.All(l => l.ParentId != w.Id)).ToList();
        var relation = wanted.Where(w => current.Any(l => l.ParentId == w.Id && l.Relation != w.Relation)).ToList();
        if (gone.Count + come.Count + relation.Count == 0)
        {
            return false;
        }

        if (reportChange)
        {
            var details = come.Select(w => $"{w.Relation ?? "ouder"} {w.Name} erbij")
                .Concat(gone.Select(l => $"{l.Relation ?? "ouder"} {state.ParentName(l.ParentId)} niet meer"))
                .Concat(relation.Select(w => $"{w.Name} nu {w.Relation ?? "ouder"}"));
            parentsChanged.Add(new PupilChange(pupil.PupilNumber, row.Name, school.Name, string.Join(", ", details)));
        }

        foreach (var (id, name, _) in come)
        {
            state.ClaimParent(id, name);
        }

        actions.Add(() => state.ReplaceLinks(row.Id, wanted.Select(w => (w.Id, w.Name, w.Relation)).ToList()));
        return true;
    }

    private static string Fingerprint(PupilImportPlan plan)
    {
        var text = new StringBuilder();
        foreach (var (kind, list) in new[] { ("n", plan.added), ("m", plan.moved), ("l", plan.left), ("p", plan.parentsChanged) })
        {
            foreach (var change in list)
            {
                text.Append(kind).Append('|').Append(change).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 12));
    }
}
