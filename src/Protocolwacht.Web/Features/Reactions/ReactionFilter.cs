namespace Protocolwacht.Web.Features.Reactions;

/// <summary>The inbox filters, by their Dutch query value.</summary>
public static class ReactionFilter
{
    public const string NeedsAnswer = "open";
    public const string Flagged = "gemarkeerd";
    public const string Answered = "beantwoord";
    public const string All = "alle";

    public static readonly IReadOnlyList<(string Value, string Text)> Choices =
    [
        (NeedsAnswer, "Wacht op antwoord"),
        (Flagged, "Gemarkeerd"),
        (Answered, "Beantwoord"),
        (All, "Alle reacties"),
    ];

    public static string Normalise(string? value) => Choices.Any(c => c.Value == value) ? value! : NeedsAnswer;
}
