namespace Protocolwacht.Checks.Rules;

/// <summary>
/// The one place where rules are registered. Order matters only for rules that read earlier findings:
/// <see cref="LogoRule"/> looks at the block findings of all others, so it comes last.
/// </summary>
internal static class RuleRegistry
{
    public static ICheckRule[] CreateAll(CheckResources resources) =>
    [
        new UnauthorizedRule(),
        new ConfidentialRule(resources),
        new PersonalDataRule(),
        new ProfanityRule(resources),
        new InformalLanguageRule(resources),
        new HarmfulStatementRule(resources),
        new DiscussionRule(resources),
        new QuoteRule(resources),
        new CopyrightRule(resources),
        new ImageConsentRule(resources),
        new CapacityRule(resources),
        new MissingSourceRule(resources),
        new LogoRule(),
    ];
}
