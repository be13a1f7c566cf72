using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Texts chosen at run time: a page prints them through <c>T(Model.Problem)</c>, so each needs an entry too. Found by
/// where they are written rather than by rendering every error path: what a page model assigns to the properties its
/// page prints (Problem, Error, Message, Result, Errors, Done), what a post's workflow refuses with
/// (<c>WorkflowResult.Refused</c>), a validation attribute's ErrorMessage, a start-page panel's title and empty text,
/// what the use cases whose errors pages print return as a sentence (<see cref="UseCases"/>), and every name a
/// <c>ToDutch()</c> gives a code (a post's state, an incident's category), which pages print as <c>T(x.ToDutch())</c>. An interpolated
/// string is its Dutch template: each hole becomes <c>{0}</c>, <c>{1}</c>, which the entry keeps (UiTranslator fills
/// them in). Outside ToDutch, a literal without a space or without a word (a code, a path, "{0} · {1}") is not a text.
/// </summary>
public sealed partial class UiTextResourceTests
{
    // Use cases whose string errors or messages reach a page as they are (a page model assigns the result).
    private static readonly string[] UseCases =
    [
        "Protocolwacht.Web/Features/Advice/AdviceWorkflow.cs",
        "Protocolwacht.Web/Features/Advice/AbsencePeriodInput.cs",
        "Protocolwacht.Web/Features/Freezes/FreezeRegister.cs",
        "Protocolwacht.Web/Features/Incidents/IncidentRegister.cs",
        "Protocolwacht.Web/Features/PlatformDecisions/PlatformDecisionRegister.cs",
        "Protocolwacht.Web/Features/Reactions/ReactionInbox.cs",
        "Protocolwacht.Web/Features/Posts/Changes/PostChanges.cs",
        "Protocolwacht.Web/Features/Posts/PostWorkflow.Publication.cs",
        "Protocolwacht.Web/Features/Posts/PostWorkflow.Replies.cs",
        "Protocolwacht.Web/Features/PlatformAccounts/Connect/ConnectionFlow.cs",
        "Protocolwacht.Web/Features/PlatformAccounts/Connect/Disconnector.cs",
        "Protocolwacht.Web/Features/Posts/PostStatus.cs",
    ];

    [Fact]
    public void EveryRunTimeText_HasAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");
        var texts = RunTimeTexts();

        var missing = texts.Where(t => !english.ContainsKey(t.Key)).Select(t => $"{t.Key}  ({t.Value})").ToList();

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
        Assert.Contains("Vul je wachtwoord in.", texts.Keys); // SignIn: [Required(ErrorMessage = "…")]
        Assert.Contains("{0}: deze week", texts.Keys); // SchoolPostsHomeOverview: new HomePanel("school-posts", $"{school.Name}: deze week", …)
        Assert.Contains("Deze publicatiestop was al opgeheven.", texts.Keys); // FreezeRegister: return "…"
        Assert.Contains("klaar om te plaatsen", texts.Keys); // PostStateNames: PostState.Ready => "…"
        Assert.Contains("publicatie vraagt aandacht", texts.Keys); // PostStatus: return … ? "…"
        Assert.DoesNotContain("/consent", texts.Keys);
    }

    private static Dictionary<string, string> RunTimeTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(Source, file).Replace(Path.DirectorySeparatorChar, '/');
            var code = File.ReadAllText(file);
            var places = Everywhere().Matches(code).AsEnumerable();
            if (relative.EndsWith(".cshtml.cs", StringComparison.Ordinal))
            {
                places = places.Concat(PageModelAssignment().Matches(code));
            }

            if (UseCases.Contains(relative))
            {
                places = places.Concat(Return().Matches(code));
            }

            var names = NameOfCode().Matches(code).SelectMany(p => StatementTexts(code, p.Index + p.Length)).Where(t => Word().IsMatch(t));
            foreach (var text in places.SelectMany(p => StatementTexts(code, p.Index + p.Length)).Where(IsText).Concat(names))
            {
                texts.TryAdd(text, relative);
            }
        }

        return texts;
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

    [GeneratedRegex(@"\bWorkflowResult\.Refused\(|\bErrorMessage\s*=|\bnew HomePanel\(")]
    private static partial Regex Everywhere();

    [GeneratedRegex(@"\bstring ToDutch\(")]
    private static partial Regex NameOfCode();

    [GeneratedRegex(@"\breturn\s")]
    private static partial Regex Return();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\p{L}{3}")]
    private static partial Regex Word();
}
