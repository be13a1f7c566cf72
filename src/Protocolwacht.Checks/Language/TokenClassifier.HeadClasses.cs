namespace Protocolwacht.Checks.Language;

/// <summary>
/// The classes a compound is judged by its last part for ("kankerlijer", "rekenmethode", "dorpsmoskee"): each pass
/// that taught the check a new head added its class here, with the pass that did and an example.
/// </summary>
internal sealed partial class TokenClassifier
{
    private static ClassMask HeadClasses(WordClasses classes, ClassMask curseClasses) =>
        curseClasses | classes.Mask("protected-group") | classes.Mask("dehumanising") | classes.Mask("school-person")
            | classes.Mask("person") | classes.Mask("insult-noun") | classes.Mask("slur") | classes.Mask("vulgar-insult")
            | classes.Mask("disease-context") | classes.Mask("organisation-target") | classes.Mask("health")
            | classes.Mask("creative-work") | classes.Mask("title-cue") | classes.Mask("school-facility") | classes.Mask("predator")
            | classes.Mask("filing") | classes.Mask("weapon") | classes.Mask("improvised-weapon")
            // Nineteenth pass (school15): a meeting, form or plan of the work by its last part ("evaluatieoverleg",
            // "registratieformulier", "directieberaad").
            | classes.Mask("work-measure")
            // Twenty-second pass (school18): a teaching method or book by its last part ("rekenmethode", "taalboek").
            | classes.Mask("teaching-material")
            // Twenty-fourth pass (rules20): a gang or a thief by its last part ("boevenbende", "dievenbende").
            | classes.Mask("villain")
            // Twenty-fifth pass (school21): a pupil by the number of the class ("achtstegroepers").
            | classes.Mask("class-member")
            // Twenty-sixth pass (rules22): a remedy by its last part ("gebitsprothese", "heupprothese").
            | classes.Mask("remedy-noun")
            // tests16: a story or play by its last part ("schoolmusical", "kerstvoorstelling"), read as fiction too.
            | classes.Mask("story-head")
            // Thirtieth pass (hate26): a group's house of prayer by its last part ("hindoetempels", "dorpsmoskee"); fixchecks4:
            // the same for the buildings alone, read where only a building can be pulled down.
            | classes.Mask("group-sign") | classes.Mask("house-of-prayer")
            // Thirty-second pass (school28): a figure of money or formation by its last part ("meerjarenbegroting",
            // "bestuursformatieplan").
            | classes.Mask("finance-figure")
            // Thirty-fourth pass (left30): a dull thing by its last part ("strijkplank", "vloermat", "verkeersbord"), read
            // only in ironic comparisons and "het X van een …" said of a person.
            | classes.Mask("dull-thing")
            // Stop 58 (lead): an outside judgement of a school by its last part ("ouderpeiling", "tevredenheidspeiling").
            | classes.Mask("assessment");
}
