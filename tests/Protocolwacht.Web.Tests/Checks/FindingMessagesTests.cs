using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>Issue #12 item 7: the check's Dutch messages shown in English on the pages when the reader chose English.</summary>
public sealed partial class FindingMessagesTests
{
    private static readonly FindingMessages Messages = new(new StringLocalizer<FindingMessages>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public void EveryMessageTheCheckGivesOnTheCorpora_HasEnglish()
    {
        var checker = ProtocolChecker.Create(OrganisationModel.Demo);
        // dev and dev2, and every batch the check's passes wrote: a new judge's message shows up in its own batch first.
        var corpora = new[] { "dev.jsonl", "dev2.jsonl" }.Select(f => Path.Combine(RepositoryRoot.Shared, "corpus", f))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "Protocolwacht.Checks.Tests", "Corpus"), "*.jsonl"));
        var messages = corpora
            .SelectMany(f => File.ReadLines(f).Select((line, i) => BatchFormat.ParseLine(line, i + 1)))
            .Where(l => l.IsValid)
            .SelectMany(l => checker.Check(l.Request!).Findings.Select(f => f.Message))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var english = InCulture("en", () => messages.Select(m => (Dutch: m, English: Messages.Of(m))).ToList());
        var untranslated = english.Where(e => e.English == e.Dutch).Select(e => e.Dutch).ToList();

        Assert.True(messages.Count > 30, $"Only {messages.Count} distinct messages: did the corpora load?");
        Assert.True(untranslated.Count == 0, $"{untranslated.Count} messages without an English template:\n{string.Join('\n', untranslated)}");
    }

    [Fact]
    public void Message_ForADutchReader_IsAsTheCheckWroteIt_ForAnEnglishOne_TranslatedWithItsPartsButNotTheQuote()
    {
        const string dutch = "Je noemt een BSN (123456782). Verwijder het: de privacy van anderen wordt gerespecteerd (Bedenk dat..., punt 5).";
        const string named = "Je noemt de leerling Emma de Wit; voor deze leerling is geen toestemming gegeven om met naam op social media te komen. Laat de naam weg of vraag eerst toestemming: de privacy van anderen wordt gerespecteerd (BG5).";

        var forDutch = InCulture("nl-NL", () => Messages.Of(dutch));
        var forEnglish = InCulture("en", () => Messages.Of(dutch));
        var namedForEnglish = InCulture("en", () => Messages.Of(named));
        var unknown = InCulture("en", () => Messages.Of("Een melding die geen sjabloon kent."));

        Assert.Equal(dutch, forDutch);
        Assert.Equal("You mention a citizen service number (BSN) (123456782). Remove it: the privacy of others is respected (Bedenk dat..., punt 5).", forEnglish);
        Assert.Equal("You name the student Emma de Wit; for this student consent was refused to appear by name on social media. Leave the name out or ask for consent first: the privacy of others is respected (BG5).", namedForEnglish);
        Assert.Equal("Een melding die geen sjabloon kent.", unknown); // shown in Dutch rather than not at all
    }

    [Theory]
    [InlineData("""{"text":"Fijne vakantie!","account":{"kind":"organisation","channel":"facebook"},"author":"tom.hendriks"}""",
        "Posts under the Konot account are placed only by a member of the executive board, a member of school management or a board office staff member; your role is staff member. Do not post this message on this account")]
    [InlineData("""{"text":"Fijne vakantie!","account":{"kind":"school","school":"regenboog","channel":"facebook"},"author":"linda.koster"}""",
        "You may only post on the accounts of your own school. Do not post this message on this account")]
    public void PostingRightsFinding_ForAnEnglishReader_GivesTheReasonInEnglish(string line, string expected)
    {
        // Until stop 45 the reason inside the finding (the posting-rights policy's sentence) stayed Dutch for an English
        // reader: the web app translated only the sentence around it.
        var request = BatchFormat.ParseLine(line, 1).Request!;
        var dutch = Assert.Single(ProtocolChecker.Create(OrganisationModel.Demo).Check(request).Findings, f => f.Category == "unauthorized").Message;

        var english = InCulture("en", () => Messages.Of(dutch));

        Assert.Contains(" Plaats dit bericht niet op dit account", dutch, StringComparison.Ordinal);
        Assert.True(english.Contains(expected, StringComparison.Ordinal), english);
        Assert.DoesNotContain("jouw rol", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Je mag", english, StringComparison.Ordinal);
        Assert.DoesNotContain("college van bestuur", english, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Message_ThatRepeatsATemplatesSeparatorsButFitsNone_ComesBackInDutch_WithoutAnError()
    {
        // Four holes and every separator of the template two hundred times over: a backtracking regular expression
        // tried every way to split this (it ran out of its 200 ms once on a loaded machine and threw; TemplateText now
        // remembers the splits it tried and has no clock).
        const string piece = "x (\"y\"). Haal dit weg en spreek met respect over anderen: laster, beledigingen en obsceniteit zijn niet geoorloofd (z; ";
        var dutch = "Dit is " + string.Concat(Enumerable.Repeat(piece, 200)) + "en geen einde";

        var english = InCulture("en", () => Messages.Of(dutch));

        Assert.Equal(dutch, english);
    }

    [Fact]
    public void EveryTemplate_StillMatchesTheTextOfTheCode()
    {
        // A rule whose wording changes leaves its template behind: every literal piece of every Dutch template must
        // still be in the source of the check or the web app (C# escapes of quotes undone).
        var source = string.Concat(new[] { "Protocolwacht.Checks", "Protocolwacht.Web", "Protocolwacht.Domain" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", p), "*.cs", SearchOption.AllDirectories))
            .Select(File.ReadAllText)).Replace("\\\"", "\"", StringComparison.Ordinal);
        var templates = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Web", "Features", "Checks", "FindingMessages.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        var stale = templates.Where(t => Hole().Split(t).Any(piece => piece.Length > 0 && !source.Contains(piece, StringComparison.Ordinal))).ToList();

        Assert.True(templates.Count > 40, $"Only {templates.Count} templates found");
        Assert.True(stale.Count == 0, $"Templates whose text is no longer in the code:\n{string.Join('\n', stale)}");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();
}
