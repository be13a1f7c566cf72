using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// A complete, validated organisation: the board, its schools, staff, students and parents, and its
/// posting-rights rules. Immutable; lookups by id are O(1). Build one with <see cref="OrganisationFile"/>
/// or from the database.
/// </summary>
public sealed class OrganisationModel
{
    private readonly Dictionary<string, School> _schools;
    private readonly Dictionary<string, StaffMember> _staff;
    private readonly Dictionary<string, Student> _students;
    private readonly Dictionary<string, OfficialAccount> _accounts;

    public OrganisationModel(
        Board board,
        IReadOnlyList<School> schools,
        IReadOnlyList<StaffMember> staff,
        IReadOnlyList<Student> students,
        IReadOnlyList<Parent> parents,
        PostingRightsRules postingRights)
    {
        Board = board;
        Schools = schools;
        Staff = staff;
        Students = students;
        Parents = parents;
        PostingRights = postingRights;
        _schools = schools.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _staff = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _students = students.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _accounts = board.Accounts.Concat(schools.SelectMany(s => s.Accounts)).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public Board Board { get; }
    public IReadOnlyList<School> Schools { get; }
    public IReadOnlyList<StaffMember> Staff { get; }
    public IReadOnlyList<Student> Students { get; }
    public IReadOnlyList<Parent> Parents { get; }
    public PostingRightsRules PostingRights { get; }

    public IEnumerable<OfficialAccount> Accounts => _accounts.Values;

    public School? FindSchool(string? id) => id is not null && _schools.TryGetValue(id, out var s) ? s : null;
    public StaffMember? FindStaff(string? id) => id is not null && _staff.TryGetValue(id, out var s) ? s : null;
    public Student? FindStudent(string? id) => id is not null && _students.TryGetValue(id, out var s) ? s : null;
    public OfficialAccount? FindAccount(string? id) => id is not null && _accounts.TryGetValue(id, out var a) ? a : null;

    /// <summary>
    /// A staff member as a page or message names them: by name, or by the stored id for someone the organisation does not
    /// (or no longer) have, such as an import or the command line; empty for none.
    /// </summary>
    public string StaffName(string? id) => FindStaff(id)?.Name ?? id ?? string.Empty;

    /// <summary>The demo organisation shipped with the project (the content of shared/spec/demo-organisation.json).</summary>
    public static OrganisationModel Demo => DemoOrganisation.Value;

    private static readonly Lazy<OrganisationModel> DemoOrganisation = new(() =>
    {
        using var stream = typeof(OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")
            ?? throw new InvalidOperationException("The demo organisation is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return OrganisationFile.Parse(reader.ReadToEnd()).Organisation
            ?? throw new InvalidOperationException("The embedded demo organisation is invalid.");
    });
}
