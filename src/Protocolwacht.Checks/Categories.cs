namespace Protocolwacht.Checks;

/// <summary>The category codes of the spec, as they appear in findings and in the batch output.</summary>
public static class Categories
{
    public const string Unauthorized = "unauthorized";
    public const string Confidential = "confidential";
    public const string PersonalData = "personal-data";
    public const string Profanity = "profanity";
    public const string InformalLanguage = "informal-language";
    public const string HarmfulStatement = "harmful-statement";
    public const string Discussion = "discussion";
    public const string Quote = "quote";
    public const string Copyright = "copyright";
    public const string ImageConsent = "image-consent";
    public const string Capacity = "capacity";
    public const string MissingSource = "missing-source";
    public const string Logo = "logo";

    /// <summary>
    /// The fallback when a rule failed on a post: <c>doubt</c>, "bij twijfel niet publiceren". Not a category
    /// of the spec, so not in <see cref="All"/>; <see cref="IsKnown"/> accepts it.
    /// </summary>
    public const string Internal = "internal";

    public static readonly IReadOnlyList<string> All =
    [
        Unauthorized, Confidential, PersonalData, Profanity, InformalLanguage, HarmfulStatement, Discussion,
        Quote, Copyright, ImageConsent, Capacity, MissingSource, Logo,
    ];

    public static bool IsKnown(string category) => category == Internal || All.Contains(category);
}
