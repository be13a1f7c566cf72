namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes and constructions of issue 9's fifth pass, each with a contrast, in sentences written for
/// this test (not taken from a corpus): a promised loss of a bodily ability, removal to a place, sarcastic
/// praise over what keeps recurring, emoji sneers at part of a group, counter-speech across an
/// interjection, quoted titles after a reading verb, place names that hold a curse, and sensitive facts
/// told about a pupil or colleague without a diagnosis word.
/// </summary>
public class FifthPassPatternTests
{
    private static Severity? Harm(string text) => TestChecker.Personal(text, "bas.meijer").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Als die buurjongen nog één keer aan mijn fiets zit, zorg ik ervoor dat hij nooit meer kan lopen.")]
    [InlineData("Ik regel wel dat die vent na de wedstrijd niet meer kan praten.")]
    [InlineData("Als ik die vent tegenkom, kan hij daarna niet meer zitten.")]
    public void Check_PromisedLossOfAbility_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Na zijn val kon opa niet meer lopen; ik zorg nu elke dag voor hem.")]
    [InlineData("Ik zorg ervoor dat de kinderen niet meer hoeven te lopen naar de gymzaal.")]
    [InlineData("Als het ijs glad is, kan de bus niet meer rijden en lopen we.")]
    public void Check_LostAbilityWithoutAPromise_IsNotAThreat(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Zet die gelukzoekers maar in een vliegtuigje terug.")]
    [InlineData("Die gelukszoekers gooien we gewoon terug in hun bootjes.")]
    public void Check_GroupSentToAPlaceOfRemoval_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Fact]
    public void Check_GroupArrivingByBoat_IsNotRemoval() =>
        Assert.Null(Harm("Onze nieuwe leerlingen uit Eritrea kwamen met een boot naar Europa en vertelden erover in groep 6."));

    [Theory]
    [InlineData("Top hoor, alweer een nieuw rooster halverwege het schooljaar.")]
    [InlineData("Fijn zeg, het bestuur heeft weer een formulier bedacht.")]
    public void Check_SarcasticPraiseOverWhatRecurs_IsDoubt(string text) => Assert.Equal(Severity.Doubt, Harm(text));

    [Theory]
    [InlineData("Fijn hoor, het nieuwe rooster is klaar en iedereen heeft zijn vrije dag.")] // no recurrence
    [InlineData("Knap hoor, weer een prachtige tekening van groep 3!")] // no organisation target
    public void Check_PraiseWithoutSarcasm_IsNotAComplaint(string text) => Assert.Null(Harm(text));

    [Fact]
    public void Check_EmojiSneerAtSomeColleagues_IsDoubtNotBlock() =>
        Assert.Equal(Severity.Doubt, Harm("Sommige collega's denken dat de vaatwasser zichzelf uitruimt 🙄🤡"));

    [Fact]
    public void Check_EmojiSneerAtOneColleague_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Die nieuwe collega van groep 5 alweer 🤡"));

    [Fact]
    public void Check_CounterSpeechAfterAnInterjection_IsNotHate() =>
        Assert.Null(Harm("Op de markt riep een man dat alle Marokkanen criminelen zijn. Echt niet. Zulke uitspraken tolereren we hier niet."));

    [Fact]
    public void Check_HateFollowedByAnInterjection_Blocks() =>
        Assert.Equal(Severity.Block, Harm("Alle Marokkanen zijn criminelen. Echt waar."));

    [Fact]
    public void Check_TitleAfterAReadingVerb_IsNeitherInsultNorQuote()
    {
        var result = TestChecker.School("We lezen deze week 'De Domme Prins en de Slimme Draak' in groep 7.");
        Assert.False(result.Has(Categories.HarmfulStatement));
        Assert.False(result.Has(Categories.Quote));
    }

    [Fact]
    public void Check_ParentQuotedWithoutAReadingVerb_IsStillAQuote() =>
        Assert.True(TestChecker.School("Een moeder vertelde bij het hek 'Jullie zijn de Beste School van het land'.").Has(Categories.Quote));

    [Fact]
    public void Check_CapitalisedPlaceNameAfterPreposition_IsNotProfanity() =>
        Assert.False(TestChecker.Personal("Zomerkamp in Fucking vlak bij Salzburg was geweldig.").Has(Categories.Profanity));

    [Theory]
    [InlineData("Wat een dag in FUCKING slecht weer.")] // shouted, not a name
    [InlineData("Wat een fucking lange vergadering was dat.")] // no preposition of place
    public void Check_CurseThatIsNoPlaceName_IsProfanity(string text) => Assert.True(TestChecker.Personal(text).Has(Categories.Profanity), text);

    [Fact]
    public void Check_GradeInTheSentenceAfterANamedPupil_Blocks() =>
        Assert.True(TestChecker.Personal("Ik ben zo trots op Noah uit mijn groep. Vorige week een 3 voor spelling en vandaag een 8!").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_AuthorsOwnGradeAfterANamedPupil_IsNotAboutThePupil() =>
        Assert.False(TestChecker.Personal("Ik ben zo trots op Noah uit mijn groep. Ik kreeg vroeger zelf een 3 voor spelling.").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_MyGroupWithoutANumber_StillIdentifiesThePupil() =>
        Assert.True(TestChecker.Personal("Noah uit mijn groep had een 4 voor rekenen.").Has(Categories.PersonalData, Severity.Block));

    // Eleventh pass: a Noah in another group is not the roster's Noah Bos, but a child named with their class is
    // identifiable all the same, so the grade is still personal data (IdentifiedPerson); the finding names the child
    // as written, not the roster pupil.
    [Fact]
    public void Check_AnotherGroupNumber_IsNotTheRosterPupil()
    {
        var own = TestChecker.Personal("Noah uit mijn groep had een 4 voor rekenen.");
        var other = TestChecker.Personal("Noah uit groep 5 had een 4 voor rekenen.");

        Assert.Contains(own.Findings, f => f.Category == Categories.PersonalData && f.Message.Contains("Noah Bos", StringComparison.Ordinal));
        Assert.True(other.Has(Categories.PersonalData, Severity.Block));
        Assert.DoesNotContain(other.Findings, f => f.Message.Contains("Noah Bos", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PartnerWhoLeftANamedColleague_Blocks() =>
        Assert.True(TestChecker.Personal("Sterkte voor juf Linda, haar man is vorige week bij haar weggegaan.").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_LeavingSomeoneElsesHouse_IsNoFamilyFact() =>
        Assert.False(TestChecker.Personal("Juf Linda is vorige week om zes uur bij haar moeder weggegaan.").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_AuthorsOwnChronicIllness_Blocks() =>
        Assert.True(TestChecker.Personal("Ik heb sinds vorig jaar reuma, dus traplopen gaat wat langzamer.").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_IllnessAsATopic_IsNoPersonalData() =>
        Assert.False(TestChecker.Personal("Vandaag een gastles over reuma gekregen van een reumatoloog.").Has(Categories.PersonalData));

    private static bool Confidential(string text) => TestChecker.Personal(text, "noor.peters").Has(Categories.Confidential, Severity.Block);

    private static bool SensitiveFact(string text) => TestChecker.Personal(text).Has(Categories.PersonalData, Severity.Block);

    [Theory]
    [InlineData("Die nieuwe buurman weer met zijn blaffende hond. Hij is gewaarschuwd.")]
    [InlineData("Als ik die buurman nog eens in mijn tuin zie, weet ik niet wat ik doe.")]
    [InlineData("Die wijven van het kantoor snappen er niks van.")]
    public void Check_WarningLostControlOrSlur_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De ouders zijn gewaarschuwd voor de gladheid op het plein.")]
    [InlineData("Ik weet niet wat ik doe met al die nakijkstapels.")]
    public void Check_WarningForTheWeatherOrHelplessness_IsNotAThreat(string text) => Assert.NotEqual(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het bestuur zegt dat de werkdruk omlaag gaat. Ik betwijfel het.")]
    [InlineData("Ik mis de steun van de directie bij lastige gesprekken met ouders.")]
    [InlineData("Heerlijk hoor, die collega's die hun koffiekopjes laten staan. Elke. Middag.")]
    public void Check_DoubtMissedSupportOrSarcasmAboutPeopleAtSchool_IsDoubt(string text) => Assert.Equal(Severity.Doubt, Harm(text));

    [Theory]
    [InlineData("Het kabinet zegt dat het lerarentekort afneemt. Ik betwijfel het.")]
    [InlineData("Ik mis de kinderen van vorig jaar wel een beetje.")]
    [InlineData("Knap hoor, de kinderen van groep 8 hebben de musical prachtig gespeeld.")]
    public void Check_NationalDoubtMissingPupilsOrRealPraise_IsNotAComplaint(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Kleine spoiler: de nieuwe gymzaal komt er, al is het nog niet definitief.")]
    [InlineData("Meester Kees gaat vertrekken, maar hij heeft het de klas nog niet verteld.")]
    public void Check_SpoilerOrUntoldDeparture_IsConfidential(string text) => Assert.True(Confidential(text), text);

    [Theory]
    [InlineData("Kleine spoiler: morgen is er een verrassing voor alle kinderen!")]
    [InlineData("We hebben de kinderen nog niet verteld waar het schoolreisje heen gaat.")]
    public void Check_TeaserOrSurprise_IsNotConfidential(string text) => Assert.False(Confidential(text), text);

    [Theory]
    [InlineData("Noah is met een gekneusde pols naar huis gegaan.")]
    [InlineData("De ouders van Noah gaan uit elkaar, dus hij is wat stil in de klas.")]
    public void Check_InjuryOrSeparationOfANamedPupil_Blocks(string text) => Assert.True(SensitiveFact(text), text);

    [Theory]
    [InlineData("In de EHBO-les oefenden we wat je doet bij een gekneusde pols.")]
    [InlineData("Na de ouderavond gingen de ouders om negen uur uit elkaar.")]
    public void Check_InjuryOrSeparationOfNoOne_IsNoPersonalData(string text) => Assert.False(SensitiveFact(text), text);
}
