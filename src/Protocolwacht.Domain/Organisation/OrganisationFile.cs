using System.Text.Json;
using Protocolwacht.Domain.Json;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// Reads an organisation from the JSON format of shared/spec/demo-organisation.json and validates it
/// completely: every problem is reported with its line and path, and no model is returned unless the
/// whole file is consistent (so an import can refuse the file and change nothing).
/// </summary>
public static partial class OrganisationFile
{
    public static OrganisationFileResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var position = (int)(ex.BytePositionInLine ?? 0) + 1;
            // System.Text.Json's own text is English: the Dutch description instead (JsonProblem), the place said once by
            // the error itself (until stop 46 the description said it too: "regel 4, $: … De fout zit op regel 4, …").
            return OrganisationFileResult.Failed(new OrganisationFileError(line, ex.Path ?? "$", JsonProblem.Describe(ex), position));
        }
        catch (ArgumentException)
        {
            // Only a caller's string can hold an unpaired surrogate; text read from a file cannot.
            return OrganisationFileResult.Failed(new OrganisationFileError(1, "$", UndecodableText));
        }

        using (document)
        {
            // The line index reads the whole file a second time; a file without errors (the shipped demo, read on
            // the way to every checker's first check) needs it only when it may hold an undecodable string.
            var lines = new Lazy<JsonLineIndex>(() => JsonLineIndex.Build(json));
            if (JsonLineIndex.MayHoldUndecodableText(json) && lines.Value.Undecodable is { } undecodable)
            {
                // Reading such a string, or looking up a property beside such a name, would throw.
                return OrganisationFileResult.Failed(new OrganisationFileError(undecodable.Line, undecodable.Path, UndecodableText));
            }

            var reader = new Reader(lines);
            var model = reader.Read(document.RootElement);
            return reader.Errors.Count == 0 && model is not null
                ? new OrganisationFileResult(model, [])
                : OrganisationFileResult.Failed([.. reader.Errors]);
        }
    }

    private const string UndecodableText = "Het bestand bevat een ongeldig teken: een losse UTF-16-surrogaat (zoals \\ud800) is geen tekst.";

    private sealed partial class Reader(Lazy<JsonLineIndex> lines)
    {
        private readonly HashSet<string> _personIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _accountIds = new(StringComparer.Ordinal);

        public List<OrganisationFileError> Errors { get; } = [];

        public OrganisationModel? Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", "Het bestand moet een JSON-object zijn met board, schools, staff, students en parents.");
                return null;
            }

            var board = ReadBoard(root);
            var schools = ReadArray(root, "schools", required: true, ReadSchool);
            var schoolIds = Unique(schools, "schools", s => s.Id, "school");
            var staffPairs = ReadArray(root, "staff", required: true, (e, p) => ReadStaff(e, p, schoolIds));
            var students = ReadArray(root, "students", required: false, (e, p) => ReadStudent(e, p, schoolIds));
            var parents = ReadArray(root, "parents", required: false, ReadParent);
            var rules = ReadPostingRights(root);

            CheckPeople(staffPairs, students, parents);
            if (board is null || Errors.Count > 0)
            {
                return null;
            }

            return new OrganisationModel(board, Values(schools), Values(staffPairs), Values(students), Values(parents), rules);
        }

        private Board? ReadBoard(JsonElement root)
        {
            if (!root.TryGetProperty("board", out var board) || board.ValueKind != JsonValueKind.Object)
            {
                Error("board", "Het veld 'board' ontbreekt of is geen object.");
                return null;
            }

            var id = RequiredString(board, "board", "id");
            var name = RequiredString(board, "board", "name");
            var accounts = ReadArray(board, "board.accounts", "accounts", required: false, (e, p) => ReadAccount(e, p, schoolId: null));
            return id is null || name is null
                ? null
                : new Board(id, name, Strings(board, "board", "domains"), ReadContacts(board, "board"), Values(accounts));
        }

        private School? ReadSchool(JsonElement school, string path)
        {
            var id = RequiredString(school, path, "id");
            var name = RequiredString(school, path, "name");
            if (id is null || name is null)
            {
                return null;
            }

            var accounts = ReadArray(school, $"{path}.accounts", "accounts", required: false, (e, p) => ReadAccount(e, p, id));
            return new School(id, name, OptionalString(school, path, "town"), Strings(school, path, "domains"), ReadContacts(school, path), Values(accounts));
        }

        private OfficialAccount? ReadAccount(JsonElement account, string path, string? schoolId)
        {
            var id = RequiredString(account, path, "id");
            var channel = RequiredString(account, path, "channel");
            var handle = RequiredString(account, path, "handle");
            if (channel is not null && !Channels.Known.Contains(channel))
            {
                Error($"{path}.channel", $"Onbekend kanaal '{channel}'. Toegestaan: {string.Join(", ", Channels.Known.Order())}.");
                return null;
            }

            if (id is not null && !_accountIds.Add(id))
            {
                Error($"{path}.id", $"Het account-id '{id}' komt vaker voor.");
                return null;
            }

            return id is null || channel is null || handle is null ? null : new OfficialAccount(id, channel, handle, schoolId);
        }

        private StaffMember? ReadStaff(JsonElement staff, string path, IReadOnlySet<string> schoolIds)
        {
            var id = RequiredString(staff, path, "id");
            var name = RequiredString(staff, path, "name");
            var roleCode = RequiredString(staff, path, "role");
            var school = OptionalString(staff, path, "school");
            var manager = OptionalString(staff, path, "manager");
            ClaimPersonId(id, path);
            StaffRole role = default;
            if (roleCode is not null && !StaffRoleCodes.TryParse(roleCode, out role))
            {
                Error($"{path}.role", $"Onbekende rol '{roleCode}'. Toegestaan: cvb, directie, staf, medewerker.");
                roleCode = null;
            }

            if (school is not null && !schoolIds.Contains(school))
            {
                Error($"{path}.school", $"Onbekende school '{school}'.");
            }
            else if (school is null && roleCode is not null && role is StaffRole.Medewerker or StaffRole.Directie)
            {
                Error($"{path}.school", $"Een {roleCode} hoort bij een school; het veld 'school' ontbreekt.");
            }

            return id is null || name is null || roleCode is null
                ? null
                : new StaffMember(id, name, role, OptionalString(staff, path, "function"), school, manager);
        }

        private Student? ReadStudent(JsonElement student, string path, IReadOnlySet<string> schoolIds)
        {
            var id = RequiredString(student, path, "id");
            var name = RequiredString(student, path, "name");
            var school = RequiredString(student, path, "school");
            ClaimPersonId(id, path);
            if (school is not null && !schoolIds.Contains(school))
            {
                Error($"{path}.school", $"Onbekende school '{school}'.");
                return null;
            }

            bool? consent = null;
            if (student.TryGetProperty("social_media_consent", out var c))
            {
                switch (c.ValueKind)
                {
                    case JsonValueKind.True: consent = true; break;
                    case JsonValueKind.False: consent = false; break;
                    case JsonValueKind.Null: break;
                    default:
                        Error($"{path}.social_media_consent", "Toestemming moet true, false of null zijn.");
                        return null;
                }
            }

            return id is null || name is null || school is null
                ? null
                : new Student(id, name, school, OptionalString(student, path, "group"), consent);
        }

        private Parent? ReadParent(JsonElement parent, string path)
        {
            var id = RequiredString(parent, path, "id");
            var name = RequiredString(parent, path, "name");
            ClaimPersonId(id, path);
            return id is null || name is null ? null : new Parent(id, name, Strings(parent, path, "children"));
        }

        private PostingRightsRules ReadPostingRights(JsonElement root)
        {
            if (!root.TryGetProperty("posting_rights", out var rights) || rights.ValueKind != JsonValueKind.Object)
            {
                return PostingRightsRules.KonotProtocol;
            }

            var organisation = Roles(rights, "posting_rights", "organisation") ?? PostingRightsRules.KonotProtocol.OrganisationRoles;
            var school = Roles(rights, "posting_rights", "school") ?? PostingRightsRules.KonotProtocol.SchoolRoles;
            var ownOnly = !rights.TryGetProperty("school_accounts_own_school_only", out var own) || own.ValueKind != JsonValueKind.False;
            return new PostingRightsRules(organisation, school, ownOnly);
        }

        private HashSet<StaffRole>? Roles(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out _))
            {
                return null;
            }

            var roles = new HashSet<StaffRole>();
            var codes = Strings(parent, path, name);
            for (var i = 0; i < codes.Count; i++)
            {
                if (StaffRoleCodes.TryParse(codes[i], out var role))
                {
                    roles.Add(role);
                }
                else
                {
                    Error($"{path}.{name}[{i}]", $"Onbekende rol '{codes[i]}'. Toegestaan: cvb, directie, staf, medewerker.");
                }
            }

            return roles;
        }

        private void CheckPeople(List<(StaffMember? Value, string Path)> staff, List<(Student? Value, string Path)> students, List<(Parent? Value, string Path)> parents)
        {
            // Loops rather than LINQ over (value, path) tuples: generic code over a value type, compiled at run time.
            var staffById = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
            foreach (var (member, _) in staff)
            {
                // The first of a repeated id counts; Unique has reported the others.
                if (member is not null)
                {
                    staffById.TryAdd(member.Id, member);
                }
            }

            var studentIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (student, _) in students)
            {
                if (student is not null)
                {
                    studentIds.Add(student.Id);
                }
            }

            foreach (var (member, path) in staff)
            {
                CheckManager(member, path, staffById);
            }

            foreach (var (parent, path) in parents)
            {
                for (var i = 0; parent is not null && i < parent.ChildIds.Count; i++)
                {
                    if (!studentIds.Contains(parent.ChildIds[i]))
                    {
                        Error($"{path}.children[{i}]", $"Onbekende leerling '{parent.ChildIds[i]}'.");
                    }
                }
            }
        }

        private void CheckManager(StaffMember? member, string path, Dictionary<string, StaffMember> staffById)
        {
            if (member?.ManagerId is null)
            {
                return;
            }

            if (!staffById.ContainsKey(member.ManagerId))
            {
                Error($"{path}.manager", $"Onbekende leidinggevende '{member.ManagerId}'.");
                return;
            }

            // Walk up the chain: a cycle would leave a request for advice without anyone to answer it.
            var seen = new HashSet<string>(StringComparer.Ordinal) { member.Id };
            for (var current = staffById[member.ManagerId]; current is not null; current = current.ManagerId is null ? null : staffById.GetValueOrDefault(current.ManagerId))
            {
                if (!seen.Add(current.Id))
                {
                    Error($"{path}.manager", $"De keten van leidinggevenden vanaf '{member.Id}' is rond.");
                    return;
                }
            }
        }

        private HashSet<string> Unique<T>(List<(T? Value, string Path)> items, string what, Func<T, string> id, string noun)
            where T : class
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (value, path) in items)
            {
                if (value is not null && !ids.Add(id(value)))
                {
                    Error($"{path}.id", $"Het {noun}-id '{id(value)}' komt vaker voor in {what}.");
                }
            }

            return ids;
        }

        // Ids are unique across staff, students and parents: consent and advice are looked up by person id.
        private void ClaimPersonId(string? id, string path)
        {
            if (id is not null && !_personIds.Add(id))
            {
                Error($"{path}.id", $"Het id '{id}' komt vaker voor.");
            }
        }

        private void Error(string path, string message) => Errors.Add(new OrganisationFileError(lines.Value.LineOf(path), path, message));

        private static List<T> Values<T>(List<(T? Value, string Path)> items)
            where T : class
        {
            var values = new List<T>(items.Count);
            foreach (var (value, _) in items)
            {
                if (value is not null)
                {
                    values.Add(value);
                }
            }

            return values;
        }
    }
}
