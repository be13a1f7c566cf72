using System.Text.RegularExpressions;
using System.Xml.Linq;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// The interface's resource files against the code: every text a page or class asks for with a literal
/// (<c>T("…")</c>, <c>texts("…")</c>, <c>texts["…"]</c>) or names as a menu or start-page link has a Dutch and an English entry, and no entry is left
/// that no code names any more. Texts chosen at run time (menu items, labels of codes) are kept only while their
/// Dutch text still appears as a string literal somewhere under src/. Texts a page model or use case hands to a page
/// at run time: UiTextResourceTests.RunTime.cs.
/// </summary>
public sealed partial class UiTextResourceTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "src");
    private static readonly string Resources = Path.Combine(Source, "Protocolwacht.Web", "Infrastructure", "Localization");

    [Fact]
    public void EveryLiteralText_HasAnEnglishEntry()
    {
        var english = Entries("UiText.en.resx");
        var asked = AskedTexts();

        var missing = asked.Where(a => !english.ContainsKey(a.Key) && !english.ContainsKey(OtherCase(a.Key))).Select(a => $"{a.Key}  ({string.Join(", ", a.Value)})").ToList();

        Assert.True(asked.Count > 500, $"Only {asked.Count} texts found: is the scan still finding the calls?");
        Assert.True(missing.Count == 0, $"{missing.Count} texts without English in UiText.en.resx:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void EveryEnglishEntry_IsStillUsed_AndHasADutchOne()
    {
        var english = Entries("UiText.en.resx");
        var dutch = Entries("UiText.resx");
        var literals = Literals();

        var unused = english.Keys.Where(k => !literals.Contains(k) && !literals.Contains(OtherCase(k))).ToList();
        var withoutDutch = english.Keys.Where(k => !dutch.ContainsKey(k)).ToList();
        var withoutEnglish = dutch.Keys.Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(unused.Count == 0, $"Entries no code asks for any more:\n{string.Join('\n', unused)}");
        Assert.Empty(withoutDutch);
        Assert.Empty(withoutEnglish);
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"Empty English for \"{e.Key}\""));
    }

    // MSBuild compiles resource names case-insensitively and drops the second of two that differ only in case (warning
    // MSB3568): its translation would never be shown. UiTranslator finds "gepubliceerd" through "Gepubliceerd".
    [Fact]
    public void NoTwoEntries_DifferOnlyInCase()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Source, "Protocolwacht.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var clashes = files.SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
                .GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(f)}: {string.Join(" / ", g)}"))
            .ToList();

        Assert.True(files.Count >= 6, $"Only {files.Count} resource files found");
        Assert.True(clashes.Count == 0, $"Names that differ only in case:\n{string.Join('\n', clashes)}");
    }

    [Fact]
    public void Scan_FindsALiteralCall_AndMissesNoOtherwiseUsedEntry()
    {
        // The scan itself can fail: a call it would not see would pass the tests above unnoticed.
        var asked = AskedTexts();

        Assert.Contains("Naar de inhoud", asked.Keys); // _Layout.cshtml: T("Naar de inhoud")
        Assert.Contains("Tabel", asked.Keys); // ScrollableTableTagHelper: texts["Tabel"]
        Assert.Contains("nieuw", asked.Keys); // MenuBadges: texts("nieuw")
        Assert.Contains("Mijn berichten", asked.Keys); // MainMenu: new("/posts", "Mijn berichten", …)
        Assert.Contains("Online pesten, bedreiging, een nepaccount, een datalek …", asked.Keys); // a HomeLink's description
        Assert.DoesNotContain("utrecht-skip-link utrecht-skip-link--visible-on-focus", asked.Keys);
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static Dictionary<string, SortedSet<string>> AskedTexts()
    {
        var asked = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var code = File.ReadAllText(file);
            foreach (var text in LiteralCall().Matches(code).Concat(LinkText().Matches(code)).SelectMany(m => m.Groups["text"].Captures).Select(c => Unescape(c.Value)))
            {
                if (!asked.TryGetValue(text, out var files))
                {
                    asked[text] = files = new SortedSet<string>(StringComparer.Ordinal);
                }

                files.Add(Path.GetRelativePath(Source, file));
            }
        }

        return asked;
    }

    // Every string literal, every asked text (a literal inside a quoted HTML attribute, "@T("…")", is not
    // seen as a literal of its own) and every run-time text as its template.
    private static HashSet<string> Literals() =>
        SourceFiles().SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)).Select(m => Unescape(m.Groups["text"].Value)))
            .Concat(AskedTexts().Keys)
            .Concat(RunTimeTexts().Keys)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string OtherCase(string text) =>
        text.Length == 0 ? text : (char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) : char.ToUpperInvariant(text[0])) + text[1..];

    private static string Unescape(string literal) => EscapedCharacter().Replace(literal, m => m.Groups[1].Value switch
    {
        "n" => "\n",
        "t" => "\t",
        var other => other,
    });

    [GeneratedRegex("""(?<![\w.])(?:T\(|texts\(|texts\[)\s*"(?<text>(?:[^"\\\n]|\\.)*)"\s*[)\]]""")]
    private static partial Regex LiteralCall();

    // A link defined for the menu or the start page: new MenuItem("/path", "Text", …) or new HomeLink("/path", "Text", "Description", …).
    [GeneratedRegex("""new(?:\s+\w+)?\(\s*"/[^"]*",\s*"(?<text>(?:[^"\\\n]|\\.)*)"(?:,\s*"(?<text>(?:[^"\\\n]|\\.)*)")?""")]
    private static partial Regex LinkText();

    [GeneratedRegex("""(?<![@$\w"])"(?<text>(?:[^"\\\n]|\\.)*)"(?!")""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex EscapedCharacter();
}
