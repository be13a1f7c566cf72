using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>The class bits the harmful-statement judges read, resolved once by name from the class data.</summary>
internal static class Words
{
    private static readonly WordClasses C = WordClasses.Default;

    public static readonly ulong Group = C.Mask("protected-group");
    public static readonly ulong Slur = C.Mask("slur");
    public static readonly ulong Dehumanising = C.Mask("dehumanising");
    public static readonly ulong InsultNoun = C.Mask("insult-noun") | C.Mask("vulgar-insult");
    public static readonly ulong InsultInContext = C.Mask("insult-in-context");
    public static readonly ulong NegativeAttribute = C.Mask("negative-attribute");
    public static readonly ulong Negative = C.Mask("negative");
    public static readonly ulong Nuisance = C.Mask("nuisance");
    public static readonly ulong Positive = C.Mask("positive");
    public static readonly ulong Curse = C.Mask("profanity-stem") | C.Mask("disease-curse");
    public static readonly ulong HarmVerb = C.Mask("harm-verb");
    public static readonly ulong HitVerb = C.Mask("hit-verb");
    public static readonly ulong HarmOutcome = C.Mask("harm-outcome");
    public static readonly ulong Exclusion = C.Mask("exclusion");
    public static readonly ulong Belonging = C.Mask("belonging");
    public static readonly ulong Negation = C.Mask("negation");
    public static readonly ulong FirstPerson = C.Mask("first-person");
    public static readonly ulong SecondPerson = C.Mask("second-person");
    public static readonly ulong ThirdPerson = C.Mask("third-person");
    public static readonly ulong Intention = C.Mask("intention");
    public static readonly ulong Copula = C.Mask("copula");
    public static readonly ulong Comparison = C.Mask("comparison");
    public static readonly ulong Condemnation = C.Mask("condemnation");
    public static readonly ulong SpeechNoun = C.Mask("speech-noun");
    public static readonly ulong SchoolPerson = C.Mask("school-person");
    public static readonly ulong Person = C.Mask("person");
    public static readonly ulong OrganisationTarget = C.Mask("organisation-target");
    public static readonly ulong NationalGovernment = C.Mask("national-government");
    public static readonly ulong Fiction = C.Mask("fiction");
    public static readonly ulong DiseaseContext = C.Mask("disease-context");
    public static readonly ulong BadConduct = C.Mask("bad-conduct");
    public static readonly ulong RemovalVerb = C.Mask("removal-verb");
    public static readonly ulong RemovalPlace = C.Mask("removal-place");
    public static readonly ulong BodyAbility = C.Mask("body-ability");
    public static readonly ulong Partitive = C.Mask("partitive");
    public static readonly ulong Quantifier = C.Mask("quantifier");
    public static readonly ulong ClaimVerb = C.Mask("claim-verb");
    public static readonly ulong HateEmotion = C.Mask("hate-emotion");
    public static readonly ulong Disapproval = C.Mask("disapproval");
    public static readonly ulong Correctness = C.Mask("correctness");
    public static readonly ulong Weapon = C.Mask("weapon");
    public static readonly ulong Particle = C.Mask("particle");

    /// <summary>Someone a remark can be about: a person word, a role at school, a group.</summary>
    public static readonly ulong Target = SchoolPerson | Person | Group | Slur;

    /// <summary>What makes a remark about a target an insult by itself.</summary>
    public static readonly ulong Insulting = Dehumanising | InsultNoun | Slur;
}
