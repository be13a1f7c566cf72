using System.Text.RegularExpressions;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// A delivery's reason on the post page: the Dutch explanation in the open, the platform's own words apart (folded away),
/// so an English platform text no longer runs on inside the Dutch sentence.
/// </summary>
public sealed class DeliveryProblemTests
{
    [Fact]
    public void ReasonWithThePlatformsWords_SplitsExplanationFromTheWords()
    {
        var problem = DeliveryProblem.Of("Mastodon weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw. Melding van Mastodon: \"Validation failed: Text character limit of 500 exceeded\"");

        Assert.Equal("Mastodon weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw.", problem.Explanation);
        Assert.Equal("Validation failed: Text character limit of 500 exceeded", problem.PlatformMessage);
    }

    [Fact]
    public void WordsWithQuotesAndTwoWordPlatformName_StayWhole()
    {
        var problem = DeliveryProblem.Of("Instagram kon de afbeelding niet verwerken. Melding van Instagram Business: \"The \"image_url\" was not reachable\"");

        Assert.Equal("Instagram kon de afbeelding niet verwerken.", problem.Explanation);
        Assert.Equal("The \"image_url\" was not reachable", problem.PlatformMessage);
    }

    [Fact]
    public void ReasonWithoutThePlatformsWords_IsAllExplanation()
    {
        var problem = DeliveryProblem.Of("Tegengehouden: de toestemming voor Daan is ingetrokken.");

        Assert.Equal("Tegengehouden: de toestemming voor Daan is ingetrokken.", problem.Explanation);
        Assert.Null(problem.PlatformMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData(" Melding van Mastodon: \"weg\"")]
    [InlineData("Uitleg. Melding van : \"leeg\"")]
    [InlineData("Uitleg. Melding van X: \"\"")]
    [InlineData("Uitleg. Melding van X: \"")]
    [InlineData("Uitleg. Melding van X \"a\": \"b\"")]
    [InlineData("Uitleg. Melding van X:\"b\"")]
    [InlineData("Een. Melding van A: \"b Melding van C: \"d\"")]
    [InlineData("Een. Melding van A: \"b\" en meer. Melding van C: \"d\"")]
    [InlineData("Een. Melding van A\"x: \"b\". Melding van C: \"d\"")]
    [InlineData("Regel een\nregel twee. Melding van Bluesky\nSocial: \"twee\nregels\"")]
    public void EdgeCases_SplitAsTheConnectorsFormatReads(string reason)
    {
        var expected = ConnectorsFormat.Match(reason);

        var problem = DeliveryProblem.Of(reason);

        Assert.Equal(expected.Success ? expected.Groups["explanation"].Value : reason, problem.Explanation);
        Assert.Equal(expected.Success ? expected.Groups["message"].Value : null, problem.PlatformMessage);
    }

    [Fact]
    public void ManyRandomReasons_SplitAsTheConnectorsFormatReads()
    {
        // Reasons built from the format's own pieces in random order, so markers, colons and quotes meet in every way.
        string[] pieces = [" Melding van ", "Mastodon", ": ", "\"", ":", " ", "a", "Uitleg.", "\n"];
        var random = new Random(35);
        for (var i = 0; i < 20_000; i++)
        {
            var reason = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (reason.EndsWith('\n'))
            {
                continue; // "$" also matches before a final line break; a stored reason never ends in one
            }

            var expected = ConnectorsFormat.Match(reason);
            var problem = DeliveryProblem.Of(reason);

            Assert.True(
                (expected.Success ? expected.Groups["explanation"].Value : reason) == problem.Explanation
                    && (expected.Success ? expected.Groups["message"].Value : null) == problem.PlatformMessage,
                $"reason: {reason}");
        }
    }

    [Fact]
    public void VeryLongPlatformWords_AreSplitWhole()
    {
        var words = string.Concat(Enumerable.Repeat("Validation failed: \"x\" ", 50_000));

        var problem = DeliveryProblem.Of($"Mastodon weigert het bericht. Melding van Mastodon: \"{words}\"");

        Assert.Equal("Mastodon weigert het bericht.", problem.Explanation);
        Assert.Equal(words, problem.PlatformMessage);
    }

    // The format as the connectors write it, the way this page read it before (a regular expression): the reference
    // the string reading is held to.
    private static readonly Regex ConnectorsFormat = new("""^(?<explanation>.+?) Melding van [^:"]+: "(?<message>.*)"$""", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
