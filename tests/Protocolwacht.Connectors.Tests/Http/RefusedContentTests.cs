using System.Net;
using Protocolwacht.Connectors.Http;

namespace Protocolwacht.Connectors.Tests.Http;

/// <summary>
/// A platform's refusal of the post itself, in the platforms' own documented words, gets the Dutch sentence of its
/// class with what the author can do; words of no known class keep the general sentence with the status code.
/// </summary>
public sealed class RefusedContentTests
{
    private const string TooLong = "weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw.";
    private const string Media = "weigert een afbeelding of video van het bericht (formaat, grootte of afmetingen). Kies een ander bestand of laat het weg, en probeer het opnieuw.";

    [Theory]
    [InlineData("Validation failed: Text character limit of 500 exceeded")]
    [InlineData("Tweet text is too long.")]
    [InlineData("The text length exceeds the maximum allowed")]
    [InlineData("Post text exceeds maximum length of 300 graphemes")]
    public void TextTooLong_SaysShortenIt(string platformMessage) =>
        Assert.Equal($"Dit platform {TooLong}", RefusedContent.Describe("Dit platform", HttpStatusCode.BadRequest, platformMessage));

    [Theory]
    [InlineData("Validation failed: File can't be blank")]
    [InlineData("/content/multiImage/images :: must contain 2 to 20 images")]
    [InlineData("Invalid media")]
    [InlineData("Media urn:li:image:1 is not available (upload not completed)")]
    public void MediaRefused_SaysChooseAnotherFile(string platformMessage) =>
        Assert.Equal($"Dit platform {Media}", RefusedContent.Describe("Dit platform", (HttpStatusCode)422, platformMessage));

    [Fact]
    public void PayloadTooLarge_SaysTheAttachmentIsTooBig() =>
        Assert.StartsWith("X weigert het bericht omdat een bijlage te groot is.", RefusedContent.Describe("X", HttpStatusCode.RequestEntityTooLarge, null), StringComparison.Ordinal);

    [Theory]
    [InlineData("Field Value validation failed in REQUEST_BODY: Data Processing Exception while processing fields [/commentary]")]
    [InlineData(null)]
    public void UnknownWords_KeepTheGeneralSentenceWithTheStatus(string? platformMessage) =>
        Assert.Equal(
            "LinkedIn weigerde het bericht (422). Pas het bericht aan en probeer het opnieuw, of vraag de beheerder om hulp als het blijft gebeuren.",
            RefusedContent.Describe("LinkedIn", (HttpStatusCode)422, platformMessage));
}
