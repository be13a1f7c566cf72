namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's seventeenth pass (rules13), each with a contrast, in sentences written for this test (not
/// taken from a corpus), judged by the rules alone: a person noun of contempt read from its form (a negative adjective
/// with a person suffix or a contempt head) or a dated one, also across modal particles ("is me toch een …"); the author
/// naming themself; a group kept out of a place of the author's named through a possessive or after "niet"; money
/// pinched by an identifiable person; understanding of a field denied to a group; a visit announced to someone whose
/// home or work the author knows; and the allowed side: help at an address, a favour with a licence plate, praise
/// "nog nooit zo …" after a group, a hospital as a workplace, a group pictured as vermin in a passive report, a bird
/// that pecks, "ik pik je op".
/// </summary>
public class SeventeenthPassHatePatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    private static Severity? Profanity(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Profanity);

    [Theory]
    [InlineData("Die buurjongen is een echte stommerik.")]
    [InlineData("Die nieuwe trainer is een lafaard.")]
    [InlineData("Die trainer is een vuilbek.")]
    [InlineData("Die kapper is me toch een proleet.")]
    [InlineData("Die vrouw van de bakker is echt gewoon een ouwe slons.")]
    public void Check_PersonCalledANounOfContempt_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik ben echt een slons als het om mijn bureau gaat.")]
    [InlineData("Die buurjongen is een echte krullenkop, net als zijn vader.")]
    [InlineData("Die buurjongen is toch geen lomperik, hij is juist heel beleefd.")]
    public void Check_SelfMockeryOrNeutralOrNegated_IsNoInsult(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Geen Somaliërs op de voetbalclub van mijn zoon.")]
    [InlineData("Eritreeërs wil ik niet in mijn flat hebben.")]
    [InlineData("Niet in onze wijk, die Roemenen.")]
    [InlineData("Afghanen moeten niet in de klas van mijn dochter zitten.")]
    public void Check_GroupKeptOutOfOurPlace_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Geen snoep op de school van mijn zoon, dat is de afspraak.")]
    [InlineData("Mijn Poolse buren parkeren niet in mijn straat maar op het plein.")]
    [InlineData("Op de voetbalclub van mijn zoon spelen veel Somalische jongens.")]
    public void Check_ThingsKeptOutOrGroupsPresent_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die buurman pikt geld uit de pot van de speeltuin.")]
    [InlineData("Iedereen weet dat die trainer het clubgeld pikt.")]
    public void Check_PersonPinchesMoney_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De meeuw pikt de frietjes van ons bord.")]
    [InlineData("Mijn buurman pikt de nieuwe taal heel snel op.")]
    public void Check_BirdOrLearning_IsNoSlander(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Moslima's snappen niks van wiskunde.")]
    [InlineData("Die Antillianen begrijpen geen snars van geld.")]
    public void Check_GroupDeniedUnderstandingOfAField_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Peuters snappen nog niks van tijd, dat leren ze later.")]
    [InlineData("Ik snap geen snars van die nieuwe belastingregels.")]
    public void Check_StageOrSelf_IsNoHate(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik weet waar jij woont, ik kom je binnenkort eens opzoeken.")]
    [InlineData("Jouw werkadres heb ik al. Ik breng je daar binnenkort een bezoekje.")]
    [InlineData("Ik weet precies waar je dochter naar school gaat.")]
    public void Check_VisitToAKnownAddress_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik weet waar je woont, dus ik breng je jas morgen terug.")]
    [InlineData("Ik heb je kenteken doorgegeven aan de portier, dan mag je gratis parkeren.")]
    [InlineData("We gaan zondag langs bij opa, hij woont nu in een verzorgingshuis.")]
    public void Check_ErrandOrFavourOrFamilyVisit_IsNoThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Onze Turkse buren gaven een feest, nog nooit zo lekker gegeten.")]
    [InlineData("Mijn broer werkt als arts in het ziekenhuis, we gaan hem zaterdag zien.")]
    [InlineData("In de tentoonstelling zie je hoe Joden in kranten als ratten werden getekend.")]
    [InlineData("Oplichters die ouderen opbellen met een smoesje willen maar één ding: hun spaargeld.")]
    public void Check_PraiseWorkplaceOrReportedPropaganda_IsNoHate(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_PikAfterIk_IsAVerb_NotProfanity()
    {
        Assert.Null(Profanity("Ik pik je zo op bij het station."));
        Assert.Equal(Severity.Block, Profanity("Wat een pik is die gast."));
    }
}
