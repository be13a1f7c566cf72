using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Texts chosen at run time: a page prints them through <c>T(Model.Problem)</c>, so each needs an entry too. Found by
/// where they are written rather than by rendering every error path: what a page model assigns to the properties its
/// page prints (Problem, Error, Message, Result, Errors, Done), what a post's workflow refuses with
/// (<c>WorkflowResult.Refused</c>), a post page's message after a step (<c>StepAsync(…, "…")</c>), what the composer's autosave refuses with (<c>AutosaveOutcome.Refuse</c>, shown under the text), a validation attribute's ErrorMessage, a form's error (<c>ModelState.AddModelError</c>), a start-page panel's title and empty text,
/// the organisation file's and the protocol document's import errors, a sentence composed at run time and handed to the
/// translator (<c>texts($"…")</c>, a start-page row's details),
/// what a use case returns as its answer (<see cref="UseCaseAnswer"/>: every method, anywhere under src/ but the
/// check's own messages and the command line, that answers with <c>string?</c>, <c>Task&lt;string&gt;</c>, a
/// <c>…Result</c> (not a page handler's, a health check's or Identity's, which no page prints) or a tuple with a <c>string? Error</c>, <c>Problem</c> or <c>Message</c>: the
/// house's ways of saying in Dutch what went wrong, null when nothing did; found by the scan, not kept by hand), and every name a
/// <c>ToDutch()</c> gives a code (a post's state, an incident's category), which pages print as <c>T(x.ToDutch())</c>. An interpolated
/// string is its Dutch template: each hole becomes <c>{0}</c>, <c>{1}</c>, which the entry keeps (UiTranslator fills
/// them in). Outside ToDutch, a literal without a space or without a word (a code, a path, "{0} · {1}") is not a text.
/// In each of these places a constant counts as its text (<c>return LinkUnusable;</c>, <c>ConnectMessages.WrongState</c>):
/// a bare name is looked up in the same file, <c>Type.Name</c> in Type's own files.
/// </summary>
public sealed partial class UiTextResourceTests
{
    [Fact]
    public void EveryRunTimeText_HasAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");
        var texts = RunTimeTexts();

        var missing = texts.Where(t => !english.ContainsKey(t.Key) && !english.ContainsKey(OtherCase(t.Key))).Select(t => $"{t.Key}  ({t.Value})").ToList();

        Assert.True(texts.Count > 100, $"Only {texts.Count} run-time texts found: is the scan still finding them?");
        Assert.True(missing.Count == 0, $"{missing.Count} run-time texts without English in UiText.en.resx:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void RunTimeScan_FindsEachKindOfPlace_AsItsTemplate()
    {
        var texts = RunTimeTexts();

        Assert.Contains("Vink aan dat je het protocol gelezen en begrepen hebt.", texts.Keys); // Protocol page model: Message = "…"
        Assert.Contains("Er is geen aanmeldaccount voor medewerker '{0}'.", texts.Keys); // StaffAccounts: Problem = $"…{staffId}…"
        Assert.Contains("Je kunt je eigen bericht niet goedkeuren.", texts.Keys); // Domain: WorkflowResult.Refused("…")
        Assert.Contains("Het concept heeft geen nummer; laad de pagina opnieuw.", texts.Keys); // DraftAutosave: AutosaveOutcome.Refuse(status, "…")
        Assert.Contains("Je hebt het bericht goedgekeurd.", texts.Keys); // Posts/Detail: StepAsync(id, step, "…", …), the message after a step
        Assert.Contains("Kies een kanaal.", texts.Keys); // PlatformAccounts/Edit: Errors.Add("…")
        Assert.Contains("Kies een doel.", texts.Keys); // Consent/Student: missing.Add("…")
        Assert.Contains("Een concept mag maximaal {0} tekens hebben; deze tekst heeft er {1}.", texts.Keys); // Domain's PostContent: const string TooLongText = "…"
        Assert.Contains("Vul je wachtwoord in.", texts.Keys); // SignIn: [Required(ErrorMessage = "…")]
        Assert.Contains("{0}: deze week", texts.Keys); // SchoolPostsHomeOverview: new HomePanel("school-posts", $"{school.Name}: deze week", …)
        Assert.Contains("Deze publicatiestop was al opgeheven.", texts.Keys); // FreezeRegister: return "…"
        Assert.Contains("klaar om te plaatsen", texts.Keys); // PostStateNames: PostState.Ready => "…"
        Assert.Contains("Dit incident is al afgesloten.", texts.Keys); // Domain's Incident: string? Close(…) { return "…"; }
        Assert.Contains("Facebook is niet bereikbaar. Probeer het later opnieuw.", texts.Keys); // MetaLogin: Task<(…, string? Error)>
        Assert.Contains("Eerste dag: '{0}' is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld {1}.", texts.Keys); // AbsencePeriodInput: (…, string? Error) Parse
        Assert.Contains("Onbekende school '{0}'.", texts.Keys); // OrganisationFile: Error($"{path}.school", $"…'{school}'.")
        Assert.Contains("Onderdeel {0} ontbreekt; controles verwijzen ernaar.", texts.Keys); // ProtocolDocumentJson: errors.AddRange(… $"…")
        Assert.Contains("{0}: de tekst telt {1} tekens; {2} neemt er hoogstens {3}.", texts.Keys); // PlatformRules: problems.Add($"…")
        Assert.Contains("wordt gepubliceerd", texts.Keys); // PostStatus: const string PublishingText = "…"
        Assert.Contains("Het bestand bevat een ongeldig teken: een losse UTF-16-surrogaat (zoals \\ud800) is geen tekst.", texts.Keys); // OrganisationFile
        Assert.Contains("wacht op advies van {0}", texts.Keys); // MyPostsHomeOverview: texts($"…{name}") for a start-page row's detail
        Assert.Contains("en nog {0} anderen", texts.Keys); // AcknowledgementsHomeOverview: new HomePanelRow(texts($"…"), …)
        Assert.Contains("Schrijf eerst een tekst.", texts.Keys); // Compose: ModelState.AddModelError("Form.Text", "…")
        Assert.Contains("Kies een account, het soort export en het exportbestand.", texts.Keys); // History/Import: Refusal = "…"
        Assert.Contains("Deze voorvertoning is verlopen. Upload het bestand opnieuw.", texts.Keys); // Staff/Import: new ImportIssue(…, "…")
        Assert.Contains("Kies minstens één account waarop je mag plaatsen.", texts.Keys); // ComposerAccounts.Problems: return [NoneAllowed]; (a constant)
        Assert.Contains("Deze koppeling is niet in deze sessie gestart, of het duurde te lang. Er is niets gekoppeld; begin opnieuw met de knop Koppel.", texts.Keys); // ConnectionFlow: return new ConnectResult(…, ConnectMessages.WrongState)
        Assert.DoesNotContain("Het verzoek is te groot", texts.Keys); // DutchProblems.TooLargeTitle: an API problem's title, named in no run-time place
        Assert.Contains("Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe uitnodiging, of vraag via 'Wachtwoord vergeten' een nieuwe link aan.", texts.Keys); // PasswordLinks: return [LinkUnusable];
        Assert.DoesNotContain("/consent", texts.Keys);
    }

    private static Dictionary<string, string> RunTimeTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var constants = Constants();
        foreach (var file in SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(Source, file).Replace(Path.DirectorySeparatorChar, '/');
            var code = File.ReadAllText(file);
            var places = Everywhere().Matches(code).AsEnumerable();
            if (relative.EndsWith(".cshtml.cs", StringComparison.Ordinal))
            {
                places = places.Concat(PageModelAssignment().Matches(code));
            }

            // A use case's answer is a whole sentence: a literal it only compares with ("groep ") is not one.
            var answerPlaces = relative.StartsWith("Protocolwacht.Checks/", StringComparison.Ordinal) || relative.StartsWith("Protocolwacht.Cli/", StringComparison.Ordinal)
                ? new List<Match>()
                : UseCaseAnswers(code).ToList();
            var answers = answerPlaces.SelectMany(p => StatementTexts(code, p.Index + p.Length)).Where(t => IsText(t) && t == t.Trim());
            var names = NameOfCode().Matches(code).SelectMany(p => StatementTexts(code, p.Index + p.Length)).Where(t => Word().IsMatch(t));
            // A sentence kept in a constant and used in one of these places (Problem = NoneAllowed, return LinkUnusable;).
            var named = places.Concat(answerPlaces).SelectMany(p => ConstantsUsed(code, p.Index + p.Length, relative, constants)).Where(IsText);
            foreach (var text in places.SelectMany(p => StatementTexts(code, p.Index + p.Length)).Where(IsText).Concat(answers).Concat(names).Concat(named))
            {
                texts.TryAdd(text, relative);
            }
        }

        return texts;
    }

    // Every string constant under src/ by its name (the same name may be declared in several files), with its file and
    // its text as a template (literals joined with '+' read as one).
    private static ILookup<string, (string File, string Text)> Constants() =>
        SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).SelectMany(file =>
        {
            var relative = Path.GetRelativePath(Source, file).Replace(Path.DirectorySeparatorChar, '/');
            var code = File.ReadAllText(file);
            return ConstantDeclaration().Matches(code).Select(m => (Name: m.Groups["name"].Value, File: relative, Text: string.Concat(StatementTexts(code, m.Index + m.Length))));
        }).ToLookup(c => c.Name, c => (c.File, c.Text), StringComparer.Ordinal);

    // The texts of the constants a statement names: a bare name is one of the same file, Type.Name one declared in Type's
    // own files (one type per file: ConnectMessages.cs, PostWorkflow.Publication.cs). A start-up failure
    // (Infrastructure/Database) is told to the operator on the console before any page exists, in Dutch, as the logs are.
    private static IEnumerable<string> ConstantsUsed(string code, int at, string file, ILookup<string, (string File, string Text)> constants)
    {
        if (file.StartsWith("Protocolwacht.Web/Infrastructure/Database/", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match name in Identifier().Matches(StatementCode(code, at)))
        {
            var type = name.Groups["type"];
            var declaredIn = type.Success ? "/" + type.Value + "." : null;
            foreach (var (_, text) in constants[name.Groups["name"].Value].Where(c => declaredIn is null ? c.File == file : c.File.Contains(declaredIn, StringComparison.Ordinal)))
            {
                yield return text;
            }
        }
    }

    // A statement's code up to its ';' with its literals left out, so a word inside a sentence is not taken for a name.
    private static string StatementCode(string code, int at)
    {
        var outside = new StringBuilder();
        while (at < code.Length && code[at] != ';')
        {
            if (code[at] == '"' || (code[at] == '$' && at + 1 < code.Length && code[at + 1] == '"'))
            {
                at = at > 0 && code[at - 1] == '@' ? code.IndexOf('"', at + 1) + 1 : ReadLiteral(code, at).End;
                outside.Append(' ');
                continue;
            }

            if (code[at] == '\'' && at + 2 < code.Length)
            {
                at = code.IndexOf('\'', code[at + 1] == '\\' ? at + 3 : at + 2) + 1;
                continue;
            }

            outside.Append(code[at++]);
        }

        return outside.ToString();
    }

    // The return statements (or the expression body) of every method that answers with a use case's Dutch sentence.
    private static IEnumerable<Match> UseCaseAnswers(string code)
    {
        foreach (Match answer in UseCaseAnswer().Matches(code))
        {
            var (start, end) = Body(code, answer.Index + answer.Length - 1);
            if (code.AsSpan(start).StartsWith("=>"))
            {
                yield return answer; // StatementTexts reads from the signature's end to the ';' ending the expression body
                continue;
            }

            foreach (Match returned in Return().Matches(code[..end], start))
            {
                yield return returned;
            }
        }
    }

    // From a method's opening parenthesis: where its body starts ('{' or "=>") and ends (after the matching '}').
    private static (int Start, int End) Body(string code, int open)
    {
        var at = Skip(code, open, '(', ')');
        while (at < code.Length && char.IsWhiteSpace(code[at]))
        {
            at++;
        }

        return code[at] == '{' ? (at, Skip(code, at, '{', '}')) : (at, at);
    }

    // The index after the bracket that closes the one at 'at', passing over literals (their braces are not the code's).
    private static int Skip(string code, int at, char open, char close)
    {
        var depth = 0;
        do
        {
            if (code[at] == '"' || (code[at] == '$' && code[at + 1] == '"'))
            {
                at = code[at - 1] == '@' ? code.IndexOf('"', at + 1) + 1 : ReadLiteral(code, at).End;
                continue;
            }

            if (code[at] == '/' && code[at + 1] is '/' or '*')
            {
                at = code[at + 1] == '/' ? code.IndexOf('\n', at) : code.IndexOf("*/", at, StringComparison.Ordinal) + 2;
                continue;
            }

            if (code[at] == '\'' && at + 2 < code.Length)
            {
                at = code.IndexOf('\'', code[at + 1] == '\\' ? at + 3 : at + 2) + 1;
                continue;
            }

            depth += code[at] == open ? 1 : code[at] == close ? -1 : 0;
            at++;
        }
        while (depth > 0 && at < code.Length);

        return at;
    }

    private static bool IsText(string text) => text.Contains(' ', StringComparison.Ordinal) && Word().IsMatch(Hole().Replace(text, string.Empty));

    // The literals of one statement (up to its ';' outside a literal), each as its Dutch template.
    private static IEnumerable<string> StatementTexts(string code, int at)
    {
        var texts = new List<string>();
        while (at < code.Length && code[at] != ';')
        {
            if (code[at] == '"' || (code[at] == '$' && at + 1 < code.Length && code[at + 1] == '"'))
            {
                var verbatim = at > 0 && code[at - 1] == '@';
                var (text, end) = ReadLiteral(code, at);
                if (!verbatim)
                {
                    texts.Add(Unescape(text));
                }

                at = end;
                continue;
            }

            if (code[at] == '\'' && at + 2 < code.Length)
            {
                // A character literal: its '"' opens no string (DeliveryProblem's reason[closing] == '"').
                at = code.IndexOf('\'', code[at + 1] == '\\' ? at + 3 : at + 2) + 1;
                continue;
            }

            at++;
        }

        return texts;
    }

    // A regular or interpolated literal starting at 'at'; holes become {0}, {1} in order. Returns the text and the
    // index after the closing quote.
    private static (string Text, int End) ReadLiteral(string code, int at)
    {
        var interpolated = code[at] == '$';
        at += interpolated ? 2 : 1;
        var text = new StringBuilder();
        var holes = 0;
        while (at < code.Length && code[at] != '"')
        {
            if (code[at] == '\\')
            {
                text.Append(code, at, 2);
                at += 2;
            }
            else if (interpolated && code[at] == '{' && code[at + 1] == '{')
            {
                text.Append('{');
                at += 2;
            }
            else if (interpolated && code[at] == '{')
            {
                at = SkipHole(code, at + 1);
                text.Append('{').Append(holes++).Append('}');
            }
            else
            {
                text.Append(code[at++]);
            }
        }

        return (text.ToString(), at + 1);
    }

    private static int SkipHole(string code, int at)
    {
        for (var depth = 1; depth > 0;)
        {
            if (code[at] == '"' || (code[at] == '$' && code[at + 1] == '"'))
            {
                at = ReadLiteral(code, at).End;
                continue;
            }

            depth += code[at] switch { '{' => 1, '}' => -1, _ => 0 };
            at++;
        }

        return at;
    }

    [GeneratedRegex(@"(?<![\w.])(?:Problem|Error|Message|Result|Errors|Done)\s*=(?!=)")]
    private static partial Regex PageModelAssignment();

    // An import's errors (the organisation file's Error(path, "…"), the protocol document's errors.Add("…")) and a
    // platform's problems (PlatformRules: problems.Add($"…")) are printed one by one through T() too, and so is a text
    // kept in a constant named …Text (PostStatus, OrganisationFile.UndecodableText). So are a page's refusal (History
    // import: Refusal = "…"), an import's issue made by the page itself (new ImportIssue(…, "…")) and a page's answer
    // kept as a constant (Forgot: const string Answer = "…"), which the scan missed until stop 41.
    [GeneratedRegex(@"\bWorkflowResult\.Refused\(|\bAutosaveOutcome\.Refuse\(|\bAddModelError\(|\bErrorMessage\s*=|\bnew HomePanel\(|(?<![.\w])Error\(|\b(?:errors|problems|Errors|missing)\.Add(?:Range)?\(|\bStepAsync\(|\bnew OrganisationFileError\(|\bProtocolDocumentResult\.Failed\(|\bImportOutcome\.Refused\(|\bconst string \w+Text\s*=|(?<![\w.])texts\((?=\$"")|(?<![\w.])Refusal\s*=(?!=)|\bnew ImportIssue\(|\bconst string Answer\s*=")]
    private static partial Regex Everywhere();

    [GeneratedRegex(@"\bconst string (?<name>\w+)\s*=")]
    private static partial Regex ConstantDeclaration();

    [GeneratedRegex(@"(?<![\w.])(?:(?<type>[A-Z]\w*)\.)?(?<name>[A-Z]\w*)\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\bstring ToDutch\(")]
    private static partial Regex NameOfCode();

    // A method declaration whose answer is a use case's Dutch sentence or null, or its list of Dutch problems (ComposerAccounts.Problems); the match ends at its '('.
    [GeneratedRegex(@"^[ \t]*(?:(?:public|private|internal|protected|static|async|override|virtual)\s+)+(?:(?:Value)?Task<(?:string\??|(?!I?ActionResult\b|PageResult\b|IResult\b|HealthCheckResult\b|IdentityResult\b)\w*Result\??|\([^()]*\bstring\?\s+(?:Error|Problem|Message)\b[^()]*\))>|string\?|IReadOnlyList<string>(?=\s+(?:Problems|Errors)\()|(?!I?ActionResult\b|PageResult\b|IResult\b|HealthCheckResult\b|IdentityResult\b)\w*Result\??|\([^()]*\bstring\?\s+(?:Error|Problem|Message)\b[^()]*\))\s+\w+(?:<[^>]*>)?\(", RegexOptions.Multiline)]
    private static partial Regex UseCaseAnswer();

    [GeneratedRegex(@"\breturn\s")]
    private static partial Regex Return();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\p{L}{3}")]
    private static partial Regex Word();
}
