using System.CommandLine;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Cli.Localization;

/// <summary>
/// The texts System.CommandLine writes itself (parse errors, help headings, usage words) and their Dutch. The pinned
/// version (2.0.0) ships no Dutch and no longer lets a program replace its texts (LocalizationResources is internal),
/// so they are translated on their way out by <see cref="ParserTextWriter"/>. The English templates are read from the
/// package's own resources, not copied here: a newer package that rewords a message or adds one fails
/// ParserTextsTests instead of reaching a user in English. The CLI has no English mode (docs/architecture.md: the
/// CLI stays Dutch), so there is no language to choose here either.
/// </summary>
internal static partial class ParserTexts
{
    /// <summary>Every text of System.CommandLine's resources by its resource name, in Dutch with the same placeholders.</summary>
    public static IReadOnlyDictionary<string, string> Dutch { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ArgumentConversionCannotParse"] = "'{0}' is geen geldige waarde: verwacht {1}.",
        ["ArgumentConversionCannotParseForCommand"] = "'{0}' is geen geldige waarde voor opdracht '{1}': verwacht {2}.",
        ["ArgumentConversionCannotParseForCommand_Completions"] = "'{0}' is geen geldige waarde voor opdracht '{1}': verwacht {2}. Bedoelt u een van deze?{3}",
        ["ArgumentConversionCannotParseForOption"] = "'{0}' is geen geldige waarde voor optie '{1}': verwacht {2}.",
        ["ArgumentConversionCannotParseForOption_Completions"] = "'{0}' is geen geldige waarde voor optie '{1}': verwacht {2}. Bedoelt u een van deze?{3}",
        ["CommandRequiredArgumentMissing"] = "Opdracht '{0}' mist een verplicht argument.",
        ["DirectoryDoesNotExist"] = "De map '{0}' bestaat niet.",
        ["ErrorReadingResponseFile"] = "Het antwoordbestand '{0}' kan niet worden gelezen: {1}",
        ["ExceptionHandlerHeader"] = "Onverwachte fout: ",
        ["FileDoesNotExist"] = "Het bestand '{0}' bestaat niet.",
        ["FileOrDirectoryDoesNotExist"] = "Het bestand of de map '{0}' bestaat niet.",
        ["HelpAdditionalArgumentsDescription"] = "Argumenten voor het programma dat wordt gestart.",
        ["HelpAdditionalArgumentsTitle"] = "Extra argumenten:",
        ["HelpArgumentDefaultValueLabel"] = "standaard",
        ["HelpArgumentsTitle"] = "Argumenten:",
        ["HelpCommandsTitle"] = "Opdrachten:",
        ["HelpDescriptionTitle"] = "Beschrijving:",
        ["HelpOptionDescription"] = "Toon hulp en gebruik.",
        ["HelpOptionsRequiredLabel"] = "(VEREIST)",
        ["HelpOptionsTitle"] = "Opties:",
        ["HelpUsageAdditionalArguments"] = "[[--] <extra argumenten>...]]",
        ["HelpUsageCommand"] = "[opdracht]",
        ["HelpUsageOptions"] = "[opties]",
        ["HelpUsageTitle"] = "Gebruik:",
        ["InvalidCharactersInFileName"] = "Het teken '{0}' mag niet in een bestandsnaam.",
        ["InvalidCharactersInPath"] = "Het teken '{0}' mag niet in een pad.",
        ["OptionExpectsOneArgument"] = "Optie '{0}' verwacht één waarde, maar kreeg er {1}.",
        ["OptionRequiredArgumentMissing"] = "Optie '{0}' mist haar waarde.",
        ["RequiredCommandWasNotProvided"] = "Geef een opdracht op.",
        ["RequiredOptionWasNotProvided"] = "Optie '{0}' is verplicht.",
        ["ResponseFileNotFound"] = "Het antwoordbestand '{0}' is niet gevonden.",
        ["SuggestionsTokenNotMatched"] = "'{0}' is onbekend. Bedoelt u een van deze?",
        ["UnrecognizedArgument"] = "'{0}' is geen geldige waarde. Kies uit:{1}",
        ["UnrecognizedCommandOrArgument"] = "Onbekende opdracht of onbekend argument '{0}'.",
        ["VersionOptionCannotBeCombinedWithOtherArguments"] = "De optie {0} kan niet samen met andere argumenten.",
        ["VersionOptionDescription"] = "Toon het versienummer.",
    };

    /// <summary>System.CommandLine's own resources, as its code reads them.</summary>
    public static ResourceManager English { get; } = new("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);

    /// <summary>The English text of <paramref name="name"/> in the pinned package, or null when it has no such text.</summary>
    public static string? EnglishText(string name) => English.GetString(name, CultureInfo.InvariantCulture);

    /// <summary>Every resource name the pinned package has, to show none is left untranslated.</summary>
    public static IEnumerable<string> EnglishNames()
    {
        var set = English.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);
    }

    /// <summary>A message with placeholders, as a pattern over one whole line, and its Dutch template.</summary>
    public sealed record Message(Regex Pattern, IReadOnlyList<int> Placeholders, string Dutch)
    {
        /// <summary>The Dutch of <paramref name="line"/>, or null when the line is not this message.</summary>
        public string? Translate(string line, Func<string, string> value)
        {
            var match = Pattern.Match(line);
            if (!match.Success)
            {
                return null;
            }

            var values = new object[Placeholders.Count == 0 ? 0 : Placeholders.Max() + 1];
            for (var i = 0; i < Placeholders.Count; i++)
            {
                values[Placeholders[i]] = value(match.Groups[i + 1].Value);
            }

            return string.Format(CultureInfo.InvariantCulture, Dutch, values);
        }
    }

    /// <summary>A fixed text inside a line (a heading, a usage word) and its Dutch.</summary>
    public sealed record Fragment(string English, string Dutch);

    /// <summary>The messages with placeholders, longest template first so that a "… Did you mean …?{3}" variant wins.</summary>
    public static IReadOnlyList<Message> Messages { get; } = [.. Dutch
        .Where(t => t.Value.Contains("{0}", StringComparison.Ordinal))
        .Select(t => (English: EnglishText(t.Key), t.Value))
        .Where(t => t.English is not null)
        .OrderByDescending(t => t.English!.Length)
        .Select(t => new Message(Pattern(t.English!), Placeholders(t.English!), t.Value))];

    /// <summary>The fixed texts; a message without placeholders is one too.</summary>
    public static IReadOnlyList<Fragment> Fragments { get; } = [.. Dutch
        .Where(t => !t.Value.Contains("{0}", StringComparison.Ordinal) && t.Key != "HelpArgumentDefaultValueLabel")
        .Select(t => (English: EnglishText(t.Key), t.Value))
        .Where(t => !string.IsNullOrWhiteSpace(t.English))
        .OrderByDescending(t => t.English!.Length)
        .Select(t => new Fragment(t.English!.Trim(), t.Value.Trim()))
        .Append(DefaultValue())];

    // "[default: 10]" is put together in code from the label.
    private static Fragment DefaultValue() =>
        new($"[{EnglishText("HelpArgumentDefaultValueLabel")}: ", $"[{Dutch["HelpArgumentDefaultValueLabel"]}: ");

    // "Option '{0}' is required." -> ^Option '(.*)' is required\.$; a trailing placeholder may be empty, as it is on
    // the first line of a list that continues on the next lines ("Must be one of:\n\t'a'\n\t'b'").
    private static Regex Pattern(string english)
    {
        var pattern = new StringBuilder("^");
        foreach (var part in PlaceholderRegex().Split(english))
        {
            pattern.Append(PlaceholderRegex().IsMatch(part) ? "(.*?)" : Regex.Escape(part));
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private static int[] Placeholders(string english) =>
        [.. PlaceholderRegex().Matches(english).Select(m => m.Value[1] - '0')];

    [GeneratedRegex(@"(\{[0-9]\})")]
    private static partial Regex PlaceholderRegex();
}
