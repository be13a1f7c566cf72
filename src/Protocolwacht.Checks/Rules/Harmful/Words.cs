using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>The class bits the harmful-statement judges read, resolved once by name from the class data.</summary>
internal static class Words
{
    private static readonly WordClasses C = WordClasses.Default;

    public static readonly ClassMask Group = C.Mask("protected-group");
    public static readonly ClassMask Slur = C.Mask("slur");
    public static readonly ClassMask Dehumanising = C.Mask("dehumanising");
    public static readonly ClassMask InsultNoun = C.Mask("insult-noun") | C.Mask("vulgar-insult");
    public static readonly ClassMask InsultInContext = C.Mask("insult-in-context");
    public static readonly ClassMask SlurInContext = C.Mask("slur-in-context");
    public static readonly ClassMask SelfishAim = C.Mask("selfish-aim");
    public static readonly ClassMask Victim = C.Mask("victim");
    public static readonly ClassMask ReportCue = C.Mask("report-cue");
    public static readonly ClassMask Animal = C.Mask("animal");
    public static readonly ClassMask Labelled = C.Mask("labelled");
    public static readonly ClassMask NegativeAttribute = C.Mask("negative-attribute");
    public static readonly ClassMask Negative = C.Mask("negative");
    public static readonly ClassMask Nuisance = C.Mask("nuisance");
    public static readonly ClassMask Positive = C.Mask("positive");
    public static readonly ClassMask Curse = C.Mask("profanity-stem") | C.Mask("disease-curse");
    public static readonly ClassMask HarmVerb = C.Mask("harm-verb");
    public static readonly ClassMask HitVerb = C.Mask("hit-verb");
    public static readonly ClassMask HarmOutcome = C.Mask("harm-outcome");
    public static readonly ClassMask Exclusion = C.Mask("exclusion");
    public static readonly ClassMask Belonging = C.Mask("belonging");
    public static readonly ClassMask Negation = C.Mask("negation");
    public static readonly ClassMask FirstPerson = C.Mask("first-person");
    public static readonly ClassMask SecondPerson = C.Mask("second-person");
    public static readonly ClassMask ThirdPerson = C.Mask("third-person");
    public static readonly ClassMask Intention = C.Mask("intention");
    public static readonly ClassMask Copula = C.Mask("copula");
    public static readonly ClassMask Comparison = C.Mask("comparison");
    public static readonly ClassMask Condemnation = C.Mask("condemnation");
    public static readonly ClassMask SpeechNoun = C.Mask("speech-noun");
    public static readonly ClassMask SchoolPerson = C.Mask("school-person");
    public static readonly ClassMask Person = C.Mask("person");
    public static readonly ClassMask OrganisationTarget = C.Mask("organisation-target");
    public static readonly ClassMask NationalGovernment = C.Mask("national-government");
    public static readonly ClassMask Fiction = C.Mask("fiction");
    public static readonly ClassMask DiseaseContext = C.Mask("disease-context") | C.Mask("disease-fight");
    public static readonly ClassMask BadConduct = C.Mask("bad-conduct");
    public static readonly ClassMask RemovalVerb = C.Mask("removal-verb");
    public static readonly ClassMask RemovalPlace = C.Mask("removal-place");
    public static readonly ClassMask BodyAbility = C.Mask("body-ability");
    public static readonly ClassMask Partitive = C.Mask("partitive");
    public static readonly ClassMask Quantifier = C.Mask("quantifier");
    public static readonly ClassMask ClaimVerb = C.Mask("claim-verb");
    public static readonly ClassMask HateEmotion = C.Mask("hate-emotion");
    public static readonly ClassMask Disapproval = C.Mask("disapproval");
    public static readonly ClassMask Correctness = C.Mask("correctness");
    public static readonly ClassMask Weapon = C.Mask("weapon");
    public static readonly ClassMask Particle = C.Mask("particle");
    public static readonly ClassMask Breeding = C.Mask("breeding");
    public static readonly ClassMask PastMotion = C.Mask("past-motion");
    public static readonly ClassMask Privilege = C.Mask("privilege");
    public static readonly ClassMask CivicDuty = C.Mask("civic-duty");
    public static readonly ClassMask Burden = C.Mask("burden");
    public static readonly ClassMask Innate = C.Mask("innate");
    public static readonly ClassMask Approval = C.Mask("approval");
    public static readonly ClassMask FirstPossessive = C.Mask("first-possessive");
    public static readonly ClassMask Kin = C.Mask("kin");
    public static readonly ClassMask RoutineTime = C.Mask("routine-time");
    public static readonly ClassMask Home = C.Mask("home");
    public static readonly ClassMask Health = C.Mask("health");
    public static readonly ClassMask Mishap = C.Mask("mishap");
    public static readonly ClassMask Labelling = C.Mask("labelling");
    public static readonly ClassMask Predator = C.Mask("predator");
    public static readonly ClassMask Endorsement = C.Mask("endorsement");
    public static readonly ClassMask Ability = C.Mask("ability");
    public static readonly ClassMask Pack = C.Mask("pack");
    public static readonly ClassMask Schedule = C.Mask("schedule");
    public static readonly ClassMask Tolerance = C.Mask("tolerance");
    public static readonly ClassMask Gratitude = C.Mask("gratitude");
    public static readonly ClassMask Soul = C.Mask("soul");
    public static readonly ClassMask Soulless = C.Mask("soulless");
    public static readonly ClassMask Encounter = C.Mask("encounter");
    public static readonly ClassMask ImprovisedWeapon = C.Mask("improvised-weapon");
    public static readonly ClassMask HistoryCue = C.Mask("history-cue");
    public static readonly ClassMask SportsOfficial = C.Mask("sports-official");
    public static readonly ClassMask BodyPart = C.Mask("body-part");
    public static readonly ClassMask PeopleCollective = C.Mask("people-collective");
    public static readonly ClassMask Thinking = C.Mask("thinking");
    public static readonly ClassMask DressUp = C.Mask("dress-up");
    public static readonly ClassMask Homeland = C.Mask("homeland");
    public static readonly ClassMask HelpGiven = C.Mask("help-given");
    public static readonly ClassMask Contribution = C.Mask("contribution");
    public static readonly ClassMask Room = C.Mask("room");
    public static readonly ClassMask Trifle = C.Mask("trifle");
    public static readonly ClassMask ContemptHead = C.Mask("contempt-head");
    public static readonly ClassMask ModalParticle = C.Mask("modal-particle");
    public static readonly ClassMask Workplace = C.Mask("work");
    public static readonly ClassMask Property = C.Mask("property");
    public static readonly ClassMask Disruption = C.Mask("disruption");
    public static readonly ClassMask Damage = C.Mask("damage");
    public static readonly ClassMask Errand = C.Mask("errand");
    public static readonly ClassMask Shelter = C.Mask("shelter");
    public static readonly ClassMask Hazard = C.Mask("hazard");
    public static readonly ClassMask Takeover = C.Mask("takeover");
    public static readonly ClassMask Native = C.Mask("native");
    public static readonly ClassMask MailItem = C.Mask("mail-item");
    public static readonly ClassMask Doorstep = C.Mask("doorstep");
    public static readonly ClassMask Companion = C.Mask("companion");
    public static readonly ClassMask Blaze = C.Mask("blaze");
    public static readonly ClassMask DumpPlace = C.Mask("dump-place");
    public static readonly ClassMask OthersPossessive = C.Mask("others-possessive");
    public static readonly ClassMask Injury = C.Mask("injury");
    public static readonly ClassMask BodyResult = C.Mask("body-result");
    public static readonly ClassMask Bruise = C.Mask("bruise");
    public static readonly ClassMask DriveVerb = C.Mask("drive-verb");
    public static readonly ClassMask ForceVerb = C.Mask("force-verb");
    public static readonly ClassMask TornOff = C.Mask("torn-off");
    public static readonly ClassMask Villain = C.Mask("villain");
    public static readonly ClassMask BodyState = C.Mask("body-state");
    public static readonly ClassMask Colour = C.Mask("colour");

    /// <summary>Someone a remark can be about: a person word, a role at school, a group, a referee (a compound with its
    /// own class is not read by its last part, so "scheidsrechter" is no longer a "rechter" of the class person).</summary>
    public static readonly ClassMask Target = SchoolPerson | Person | Group | Slur | SportsOfficial;

    /// <summary>What makes a remark about a target an insult by itself.</summary>
    public static readonly ClassMask Insulting = Dehumanising | InsultNoun | Slur;
}
