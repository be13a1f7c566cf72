using System.Text.RegularExpressions;
using Protocolwacht.Cli.Localization;

namespace Protocolwacht.Cli.Tests.Localization;

/// <summary>
/// The Dutch table of <see cref="ParserTexts"/> against the pinned System.CommandLine: a newer package that adds a
/// message, renames one or changes its placeholders fails here instead of reaching a user in English.
/// </summary>
public partial class ParserTextsTests
{
    [Fact]
    public void EveryTextOfThePackage_HasDutch()
    {
        var names = ParserTexts.EnglishNames().ToList();

        Assert.True(names.Count > 30, $"only {names.Count} texts read from the package's resources");
        Assert.Empty(names.Except(ParserTexts.Dutch.Keys));
    }

    [Fact]
    public void EveryDutchText_IsOneThePackageHas()
    {
        var missing = ParserTexts.Dutch.Keys.Where(name => ParserTexts.EnglishText(name) is null).ToList();

        Assert.True(missing.Count == 0, "not in the package: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryDutchText_HasTheSamePlaceholders()
    {
        foreach (var (name, dutch) in ParserTexts.Dutch)
        {
            var english = ParserTexts.EnglishText(name)!;
            Assert.True(Placeholders(english).SequenceEqual(Placeholders(dutch)), $"{name}: '{english}' / '{dutch}'");
        }
    }

    [Fact]
    public void EveryMessageWithPlaceholders_IsRecognisedWhenFilledIn()
    {
        foreach (var (name, dutch) in ParserTexts.Dutch.Where(t => t.Value.Contains("{0}", StringComparison.Ordinal)))
        {
            var filled = string.Format(System.Globalization.CultureInfo.InvariantCulture, ParserTexts.EnglishText(name)!, "w0", "w1", "w2", "w3");

            var translated = ParserTextWriter.Translate(filled);

            Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, dutch, "w0", "w1", "w2", "w3"), translated);
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderRegex().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[0-9]\}")]
    private static partial Regex PlaceholderRegex();
}
