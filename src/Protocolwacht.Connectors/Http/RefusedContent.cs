using System.Net;
using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors.Http;

/// <summary>
/// Says in Dutch what an author can do when a platform refuses the post itself (a 400, 413 or 422 that no connector rule
/// knew): a text too long, or an image or video the platform cannot take. The platforms say which in their own English
/// words ("Text character limit of 500 exceeded", "Tweet text is too long", "Invalid media", "Payload Too Large"); this
/// reads the class from those words and leaves the words themselves to <see cref="ProblemMapping.WithPlatformMessage"/>.
/// The expressions run without backtracking (linear in the platform's text, whatever it sends) instead of with a match
/// timeout, which is wall clock and fired on a busy machine.
/// </summary>
internal static partial class RefusedContent
{
    /// <summary>The Dutch sentence for a refusal of status <paramref name="status"/>, with what to do when the class is known.</summary>
    public static string Describe(string platformName, HttpStatusCode status, string? platformMessage)
    {
        if (status == HttpStatusCode.RequestEntityTooLarge)
        {
            return $"{platformName} weigert het bericht omdat een bijlage te groot is. Kies een kleinere afbeelding of video, of laat die weg, en probeer het opnieuw.";
        }

        if (platformMessage is not null && TooLong().IsMatch(platformMessage))
        {
            return $"{platformName} weigert de tekst omdat die te lang is voor dit platform. Maak de tekst korter en probeer het opnieuw.";
        }

        if (platformMessage is not null && Media().IsMatch(platformMessage))
        {
            return $"{platformName} weigert een afbeelding of video van het bericht (formaat, grootte of afmetingen). Kies een ander bestand of laat het weg, en probeer het opnieuw.";
        }

        return $"{platformName} weigerde het bericht ({(int)status}). Pas het bericht aan en probeer het opnieuw, of vraag de beheerder om hulp als het blijft gebeuren.";
    }

    [GeneratedRegex(@"too long|character limit|(text|length|characters?)\b.*\b(exceed|limit|maximum)|exceeds? .*\b(length|characters?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TooLong();

    [GeneratedRegex(@"\b(media|image|photo|video|attachment|upload|file)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Media();
}
