using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.PersonalData;

/// <summary>
/// Finds roster people in a draft: students, staff and parents by full name (also in a possessive,
/// "Emma de Wit's"), students by first name when their group is named in the same sentence or the
/// draft replies to their parent, staff by first name after a title ("meester Jeroen", "collega Fatima").
/// Built once from the organisation; pupils and parents the reader may not see are skipped per check.
/// </summary>
internal sealed class RosterIndex
{
    private static readonly HashSet<string> StaffTitles = new(StringComparer.Ordinal)
    {
        "meester", "juf", "juffrouw", "collega", "conciërge", "concierge", "directeur", "directrice", "intern", "begeleider", "ib'er", "iber",
    };

    private readonly Dictionary<string, List<(string[] Keys, Person Person)>> _fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _firstNames = new(StringComparer.Ordinal);
    private readonly OrganisationModel _organisation;

    public RosterIndex(OrganisationModel organisation)
    {
        _organisation = organisation;
        foreach (var s in organisation.Students)
        {
            Add(new Person(PersonKind.Student, s.Id, s.Name) { Student = s });
        }

        foreach (var s in organisation.Staff)
        {
            Add(new Person(PersonKind.Staff, s.Id, s.Name) { Staff = s });
        }

        foreach (var p in organisation.Parents)
        {
            Add(new Person(PersonKind.Parent, p.Id, p.Name));
        }
    }

    /// <summary>Whether a folded word is the first name of someone on the roster (staff, pupils, parents).</summary>
    public bool IsFirstName(string key) => _firstNames.ContainsKey(key);

    public List<PersonMention> Find(CheckContext context)
    {
        var tokens = context.Tokens;
        var found = new List<PersonMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = tokens[i].Key;
            var matched = false;
            if (_fullNames.TryGetValue(key, out var candidates))
            {
                foreach (var (keys, person) in candidates)
                {
                    if (MayBeShown(context, person) && MatchesAt(tokens, i, keys))
                    {
                        found.Add(person.Mention(i, i + keys.Length - 1, fullName: true));
                        i += keys.Length - 1;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                continue;
            }

            // The roster and the title are asked before the case: `ChatCased` reads the dictionary's names, which only a
            // roster first name or a word after a title needs (not every lower-case word of every post).
            if (!_firstNames.TryGetValue(key, out var byFirst))
            {
                // "juf Anja", "meester Kevin": a title and a name identify a staff member even when the
                // organisation file does not list them (a new colleague, an intern, a substitute).
                if (i > 0 && TitleBefore(tokens, i) && tokens[i].Has(TokenFlags.Letters) && !tokens[i].Has(TokenFlags.Digits) && NameCased(tokens[i]))
                {
                    found.Add(new PersonMention(PersonKind.Staff, string.Empty, $"{tokens[i - 1].Key} {context.Quote(context.SpanOf(i, i).Start, context.SpanOf(i, i).End)}", i - 1, i, FullName: false));
                }

                continue;
            }

            if (!NameCased(tokens[i]))
            {
                continue;
            }

            foreach (var person in byFirst)
            {
                if (MayBeShown(context, person) && FirstNameIsEnough(context, i, person))
                {
                    found.Add(person.Mention(i, i, fullName: false));
                    break;
                }
            }
        }

        return found;
    }

    private static bool NameCased(Token token) => token.Has(TokenFlags.Capitalised) || ChatCased(token);

    // Thirty-seventh pass (school33): chat spelling drops the capital of names too ("mn leerling tess heeft …", "had finn
    // vanmiddag de klas uit moeten sturen"). A lower-case word that the dictionary lists only as a person's name (not also
    // as a word: "kees" is a dog, "roos" a flower) is still that name; the roster and the context decide whom it names.
    internal static bool ChatCased(Token token) =>
        token.Has(TokenFlags.Letters) && !token.Has(TokenFlags.Digits) && token.Key.Length >= 3 && Language.PersonNames.Contains(token.Key);

    // A compound whose last part is a staff role names the role too: "onze gymmeester Bas", "vakleerkracht Linda".
    private static readonly string[] StaffRoleEndings = ["meester", "juf", "leerkracht", "leraar", "lerares", "docent", "assistent", "coordinator", "directeur", "begeleider"];

    private static bool IsStaffRole(string key)
    {
        foreach (var ending in StaffRoleEndings)
        {
            if (key.Length > ending.Length + 1 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> NameTitles = new(StringComparer.Ordinal) { "juf", "juffrouw", "meester", "collega", "directeur", "directrice", "stagiair", "stagiaire", "invaller", "conciërge", "concierge" };

    // A pupil (or parent) the reader may not see is a name like any other: findings never disclose them.
    private static bool MayBeShown(CheckContext context, Person person) => person.Kind switch
    {
        PersonKind.Student => person.Student is null || context.MaySee(person.Student),
        PersonKind.Parent => context.MaySeeParent(person.Id),
        _ => true,
    };

    private static bool TitleBefore(List<Token> tokens, int index) =>
        NameTitles.Contains(tokens[index - 1].Key) && tokens[index - 1].Sentence == tokens[index].Sentence;

    private bool FirstNameIsEnough(CheckContext context, int index, Person person)
    {
        var tokens = context.Tokens;
        if (person.Kind == PersonKind.Staff)
        {
            return index > 0 && (StaffTitles.Contains(tokens[index - 1].Key) || IsStaffRole(tokens[index - 1].Key));
        }

        if (person.Kind != PersonKind.Student || person.Student is null)
        {
            return false;
        }

        var student = person.Student;
        var reply = context.Request.ReplyTo;
        if (reply is { Role: ReplyRole.Parent, Name: not null })
        {
            foreach (var parent in _organisation.Parents)
            {
                if (parent.ChildIds.Contains(student.Id) && SameName(parent.Name, reply.Name))
                {
                    return true;
                }
            }
        }

        if (reply is { Role: ReplyRole.Student, Name: not null } && SameName(student.Name, reply.Name))
        {
            return true;
        }

        // Spec convention 3: on the school's own account, or about the author's own class, a first name that
        // only one pupil of that school (or class) has points to that pupil.
        if (SchoolFits(context, student) && (context.Request.Account.SchoolId == student.SchoolId || AuthorsGroup(context) == student.Group)
            && UniqueFirstName(student) && !OtherGroupNamed(tokens, index, student))
        {
            return true;
        }

        // "Daan uit groep 3", "Zoë (groep 4)": the group in the same sentence makes the first name identifying.
        if (student.Group is not null)
        {
            var sentence = tokens[index].Sentence;
            for (var k = Math.Max(0, index - 30); k < Math.Min(tokens.Count - 1, index + 30); k++)
            {
                if (tokens[k].Sentence == sentence && tokens[k].Key == "groep" && tokens[k + 1].Key == student.Group)
                {
                    return SchoolFits(context, student);
                }
            }
        }

        return false;
    }

    // "Daan uit groep 5" is not the Daan of group 3.
    private static bool OtherGroupNamed(List<Token> tokens, int index, Student student)
    {
        var sentence = tokens[index].Sentence;
        for (var k = Math.Max(0, index - 30); k + 1 < Math.Min(tokens.Count, index + 30); k++)
        {
            // "uit mijn groep had …": only a group label after "groep" names another group.
            if (tokens[k].Sentence == sentence && tokens[k].Key == "groep" && tokens[k + 1].Has(TokenFlags.Digits) && tokens[k + 1].Key != student.Group)
            {
                return true;
            }
        }

        return false;
    }

    private bool UniqueFirstName(Student student)
    {
        var first = student.Name.Split(' ')[0];
        return _organisation.Students.Count(s => s.SchoolId == student.SchoolId && s.Name.Split(' ')[0] == first) == 1;
    }

    // "leerkracht groep 7" → "7". The complaint judge reads it too: "groep 7" in that teacher's post is their own class.
    internal static string? AuthorsGroup(CheckContext context)
    {
        var function = context.Author?.Function;
        var at = function?.IndexOf("groep ", StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : function![(at + 6)..].Split(' ')[0];
    }

    private static bool SchoolFits(CheckContext context, Student student)
    {
        var school = context.Request.Account.SchoolId ?? context.Author?.SchoolId;
        return school is null || string.Equals(school, student.SchoolId, StringComparison.Ordinal);
    }

    private static bool SameName(string a, string b) => string.Equals(Term.KeyOf(a.Replace(" ", string.Empty, StringComparison.Ordinal)), Term.KeyOf(b.Replace(" ", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);

    private static bool MatchesAt(List<Token> tokens, int at, string[] keys)
    {
        if (at + keys.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < keys.Length; k++)
        {
            var key = tokens[at + k].Key;

            // The last name may carry a possessive s: "Emma de Wits tekening".
            if (key != keys[k] && !(k == keys.Length - 1 && key.Length == keys[k].Length + 1 && key[^1] == 's' && key.StartsWith(keys[k], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(Person person)
    {
        var keys = person.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Term.KeyOf).Where(k => k.Length > 0).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        if (keys.Length > 1)
        {
            if (!_fullNames.TryGetValue(keys[0], out var list))
            {
                list = [];
                _fullNames[keys[0]] = list;
            }

            list.Add((keys, person));
        }

        if (!_firstNames.TryGetValue(keys[0], out var byFirst))
        {
            byFirst = [];
            _firstNames[keys[0]] = byFirst;
        }

        byFirst.Add(person);
    }

    private sealed record Person(PersonKind Kind, string Id, string Name)
    {
        public Student? Student { get; init; }
        public StaffMember? Staff { get; init; }

        public PersonMention Mention(int first, int last, bool fullName) =>
            new(Kind, Id, Name, first, last, fullName) { Student = Student, Staff = Staff };
    }
}
