using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>
/// The schools, students, parents and parent links a pupil import compares with, loaded once, with the
/// lookups the plan needs. Changes go to the context's tracked rows only when the plan is applied.
/// </summary>
internal sealed class PupilImportState
{
    private readonly ProtocolwachtDbContext db;
    private readonly Dictionary<string, SchoolEntity> schoolsByBrin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SchoolEntity> schoolsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StudentEntity> byNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<StudentEntity>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> studentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParentEntity> parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> newParents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ParentChildEntity>> links = new(StringComparer.Ordinal);
    private int nextOrder;

    private PupilImportState(ProtocolwachtDbContext db) => this.db = db;

    public List<StudentEntity> Students { get; private set; } = [];

    public static async Task<PupilImportState> LoadAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var state = new PupilImportState(db);
        foreach (var school in await db.Schools.ToListAsync(cancellationToken))
        {
            state.schoolsById[school.Id] = school;
            if (school.Brin is { Length: > 0 } brin)
            {
                state.schoolsByBrin[brin] = school;
            }
        }

        state.Students = await db.Students.OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        foreach (var student in state.Students)
        {
            state.studentIds.Add(student.Id);
            if (student.PupilNumber is { } number)
            {
                state.byNumber[number] = student;
            }
            else
            {
                var key = PupilNames.Key(student.Name);
                if (!state.byName.TryGetValue(key, out var namesakes))
                {
                    namesakes = [];
                    state.byName[key] = namesakes;
                }

                namesakes.Add(student);
            }
        }

        state.nextOrder = state.Students.Count == 0 ? 0 : state.Students.Max(s => s.SortOrder) + 1;
        foreach (var parent in await db.Parents.ToListAsync(cancellationToken))
        {
            state.parents[parent.Id] = parent;
        }

        foreach (var link in await db.ParentChildren.ToListAsync(cancellationToken))
        {
            state.LinksOfMutable(link.StudentId).Add(link);
        }

        return state;
    }

    /// <summary>The school with this BRIN; a file's <c>12AB00</c> (BRIN with location) also finds a school registered as <c>12AB</c>.</summary>
    public SchoolEntity? SchoolByBrin(string brin) =>
        schoolsByBrin.GetValueOrDefault(brin) ?? (brin.Length == 6 ? schoolsByBrin.GetValueOrDefault(brin[..4]) : null);

    public SchoolEntity? SchoolById(string schoolId) => schoolsById.GetValueOrDefault(schoolId);

    public string SchoolName(string schoolId) => schoolsById.TryGetValue(schoolId, out var school) ? school.Name : schoolId;

    /// <summary>
    /// The student with this pupil number; else a student with this name who has no pupil number yet: the one at this
    /// school, or the only one of the board (a pupil who changed school). Each is matched once.
    /// </summary>
    public StudentEntity? Match(string pupilNumber, string schoolId, string name)
    {
        if (byNumber.TryGetValue(pupilNumber, out var student))
        {
            return student;
        }

        if (!byName.TryGetValue(PupilNames.Key(name), out var namesakes))
        {
            return null;
        }

        student = namesakes.FirstOrDefault(s => s.SchoolId == schoolId) ?? (namesakes.Count == 1 ? namesakes[0] : null);
        namesakes.Remove(student!);
        return student;
    }

    public string NewStudentId(string pupilNumber)
    {
        var id = PupilNames.StudentId(pupilNumber);
        for (var n = 2; studentIds.Contains(id); n++)
        {
            id = $"{PupilNames.StudentId(pupilNumber)}-{n}";
        }

        return id;
    }

    public void Claim(StudentEntity row)
    {
        studentIds.Add(row.Id);
        row.SortOrder = nextOrder++;
    }

    public void AddStudent(StudentEntity row) => db.Students.Add(row);

    public IReadOnlyList<ParentChildEntity> LinksOf(string studentId) => links.TryGetValue(studentId, out var list) ? list : [];

    public string ParentName(string parentId) =>
        parents.TryGetValue(parentId, out var parent) ? parent.Name : newParents.GetValueOrDefault(parentId, parentId);

    /// <summary>Notes a parent the plan will add, so a brother or sister later in the file finds them.</summary>
    public void ClaimParent(string id, string name)
    {
        if (!parents.ContainsKey(id))
        {
            newParents.TryAdd(id, name);
        }
    }

    /// <summary>Applies: the student's links become exactly these parents (added as rows when new).</summary>
    public void ReplaceLinks(string studentId, List<(string ParentId, string Name, string? Relation)> wanted)
    {
        var current = LinksOfMutable(studentId);
        foreach (var link in current.Where(l => wanted.All(w => w.ParentId != l.ParentId)).ToList())
        {
            db.ParentChildren.Remove(link);
            current.Remove(link);
        }

        foreach (var (parentId, name, relation) in wanted)
        {
            if (!parents.ContainsKey(parentId))
            {
                var parent = new ParentEntity { Id = parentId, Name = name, SortOrder = parents.Count };
                parents[parentId] = parent;
                db.Parents.Add(parent);
            }

            if (current.FirstOrDefault(l => l.ParentId == parentId) is { } existing)
            {
                existing.Relation = relation;
                continue;
            }

            var link = new ParentChildEntity { ParentId = parentId, StudentId = studentId, Relation = relation };
            current.Add(link);
            db.ParentChildren.Add(link);
        }
    }

    private List<ParentChildEntity> LinksOfMutable(string studentId)
    {
        if (!links.TryGetValue(studentId, out var list))
        {
            list = [];
            links[studentId] = list;
        }

        return list;
    }
}
