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
}
