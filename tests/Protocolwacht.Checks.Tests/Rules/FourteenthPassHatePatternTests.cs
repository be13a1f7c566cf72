using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's fourteenth pass (hate and threats), each with a contrast, in sentences written for this
/// test (not taken from a corpus), judged by the rules alone: the author's weapon or fist said to meet someone; a group
/// told it is merely tolerated or should be grateful to be here; advice to withdraw a filing in the present tense; a
/// group denied feeling or a soul; the nationalities the class lacked (plurals; -e adjectives only before people);
/// and the allowed side: a history lesson that quotes what the Nazis called people, "met open armen", a group
/// adjective before a singular thing.
/// </summary>
public class FourteenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Die scheidsrechter maakt vanavond kennis met mijn moersleutel.")]
    [InlineData("Mijn wapenstok en jouw knieën gaan elkaar binnenkort ontmoeten, Rik.")]
    [InlineData("Zeg tegen je broer dat hij mijn knokkels te voelen krijgt.")]
    [InlineData("Ik neem mijn honkbalknuppel mee naar jullie kantine, Wesley.")]
    public void Check_AuthorsWeaponSaidToMeetSomeone_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Mijn hamer ligt nog bij de buurman, die hing er zijn schilderijen mee op.")]
    [InlineData("De verdediger maakte kennis met de elleboog van zijn tegenstander.")]
    [InlineData("Ik neem mijn mes mee naar jouw feestje om de taart te snijden.")]
    [InlineData("Ons team staat zondag oog in oog met de nummer één.")]
    public void Check_WeaponOrMeetingWithoutTheAuthorsWeaponMeetingSomeone_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Bulgaren mogen blij zijn dat ze in ons land mogen werken.")]
    [InlineData("Die Afghanen horen dankbaar te zijn dat wij ze hier opvangen.")]
    [InlineData("Koerden worden hier alleen gedoogd, laten ze dat goed onthouden.")]
    [InlineData("Wees maar blij dat wij jullie Eritreeërs hier dulden.")]
    public void Check_GroupToldItIsMerelyToleratedHere_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Wij zijn dankbaar dat de Syrische familie naast ons is komen wonen.")]
    [InlineData("Bulgaren zijn vaak blij met een vaste baan, vertelde de uitzendkracht.")]
    [InlineData("In ons land dulden we geen discriminatie van moslims.")]
    [InlineData("Vluchtelingen hoeven niet dankbaar te zijn dat ze hier zijn; bescherming is een recht.")]
    public void Check_GratitudeOrToleranceNotDemandedOfAGroup_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Als je die aangifte tegen mijn zoon vergeet, is dat verstandig van je.")]
    [InlineData("Het lijkt me slim als u dat bezwaarschrift tegen onze schuur laat vallen.")]
    public void Check_AdviceToWithdrawAFilingInThePresent_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_AdviceToWithdrawOnesOwnFilingWithAReason_IsNoThreat() =>
        Assert.Null(Harm("Het was verstandig dat ze die aanklacht introk, omdat de rechter al had beslist."));

    [Theory]
    [InlineData("Vietnamezen hebben geen gevoel, het zijn rekenmachines.")]
    [InlineData("Lesbiennes zijn koude wezens zonder echte emoties.")]
    [InlineData("Zigeuners zijn gewetenloos, allemaal.")]
    [InlineData("Nigerianen zijn net apparaten zonder ziel.")]
    public void Check_GroupDeniedFeelingOrASoul_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na de operatie hadden veel ouderen geen gevoel in hun tenen.")]
    [InlineData("Japanse industrierobots hebben geen gevoel, dus ze worden nooit moe.")]
    [InlineData("Robots zonder ziel nemen steeds meer werk over.")]
    [InlineData("Vrouwen hebben niet minder gevoel voor techniek dan mannen.")]
    public void Check_FeelingDeniedOfMachinesOrAFaculty_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ieren zijn allemaal tuig.")]
    [InlineData("Finnen zijn lui en onbetrouwbaar.")]
    [InlineData("Schotse mannen zijn allemaal oplichters.")]
    [InlineData("Walen zijn ongedierte.")]
    public void Check_NationalityTheClassLacked_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Turkse koffie is veel te sterk voor mij, echt smerig.")]
    [InlineData("De Marokkaanse tajine van de buren was walgelijk zout.")]
    [InlineData("Esten en Finnen verstaan elkaars taal een beetje.")]
    public void Check_NationalityAdjectiveBeforeAThingOrAMention_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("In de geschiedenisles zagen we hoe de nazi's Roma 'ongedierte' noemden.")]
    [InlineData("Het museum toont een affiche uit 1942 dat Joden als 'parasieten' wegzette.")]
    [InlineData("De nieuwe Poolse collega's werden met open armen ontvangen door het team.")]
    public void Check_HistoryTaughtOrOpenArms_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Na de oorlog zeg ik het gewoon: Roma zijn ongedierte.")]
    [InlineData("In de geschiedenisles zei ik dat Roma ongedierte zijn.")]
    public void Check_TheAuthorSayingItInAHistoryContext_StillBlocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    private static bool IsGroup(string word)
    {
        var token = Assert.Single(Tokenizer.Tokenize(NormalisedText.Create(word)));
        return (TokenClassifier.Default.Classify(token) & WordClasses.Default.Mask("protected-group")) != 0;
    }

    // A plural held as written: the word itself is the group, its stems and compounds ending in it are not.
    [Theory]
    [InlineData("Ieren", true)]
    [InlineData("Walen", true)]
    [InlineData("Denen", true)]
    [InlineData("kopiëren", false)]
    [InlineData("variëren", false)]
    [InlineData("wal", false)]
    [InlineData("den", false)]
    [InlineData("fries", false)]
    public void Classify_PluralHeldAsWritten_IsAGroupOnlyAsItself(string word, bool group) => Assert.Equal(group, IsGroup(word));
}
