namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirty-fourth pass (hate30), each pattern in sentences written for this test in other words and
/// with other groups than the batches, with allowed look-alikes beside it, judged by the rules alone: pain promised to a
/// group, death by fire or rope wished on it, a weapon to deal with it, a separable verb of harm around a group, a hatred put
/// before the group it is aimed at, a bare group answered with disapproval, stretched hate words ("haaat") and chat plurals
/// ("homoos"), and the false stops of a thing described by a nationality ("het Turkse eten", "de Poolse keuken") and of a
/// disease named beside a group.
/// </summary>
public class ThirtyFourthPassHate30PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Ik wil al die Roemenen pijn doen.")]
    [InlineData("Wij gaan die Koerden eens flink pijn doen.")]
    [InlineData("Ik doe die Somaliërs pijn als ik ze zie.")]
    [InlineData("Ik ga die transmannen pijn doen.")]
    [InlineData("Ik wil je pijn doen, vuile flikker.")]
    public void Check_PainPromisedToAGroupOrPerson_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik wil niemand pijn doen, ook die Bulgaren niet.")]
    [InlineData("Ik zou die Indonesische jongens nooit pijn doen.")]
    [InlineData("Die vaccinatie gaat wel een beetje pijn doen, zei de dokter.")]
    [InlineData("Het doet me pijn dat Afghanen zo slecht worden opgevangen.")]
    [InlineData("Ik doe mezelf pijn met dat zware sporten.")]
    public void Check_PainNotWantedOrOnlyHurting_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Koerden zouden allemaal moeten branden.")]
    [InlineData("Alle Bulgaren mogen wat mij betreft hangen.")]
    [InlineData("Transmannen moeten gewoon rotten.")]
    [InlineData("Ik heb het over Somaliërs. Die zouden moeten hangen.")]
    public void Check_DeathByFireOrRopeWishedOnAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Tijdens het Suikerfeest moeten bij de Marokkanen de lichtjes branden.")]
    [InlineData("De Somaliërs mogen hun vlaggen hangen op het plein.")]
    [InlineData("De kerstverlichting moet de hele nacht branden.")]
    [InlineData("Koerden zouden niet moeten branden, en toch gebeurde het in Halabja, leerden we.")]
    public void Check_LightsFlagsOrANegatedWish_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("We moeten die Bulgaren eens aanpakken met een koevoet.")]
    [InlineData("Ik pak die zigeuners wel aan met mijn knuppel.")]
    public void Check_AGroupToBeDealtWithByAWeapon_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("We pakken de roestige deur aan met een koevoet.")]
    [InlineData("Ik pak het onkruid in de tuin aan met een schoffel en een hamer.")]
    public void Check_AThingDealtWithByATool_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik schiet die Somaliërs neer.")]
    [InlineData("Wij steken die Koerden allemaal neer.")]
    [InlineData("Ik sla die Bulgaren neer als ze terugkomen.")]
    public void Check_ASeparableVerbOfHarmAroundAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik schiet die Somalische foto's vanavond af.")]
    [InlineData("Ik steek de Koerdische vlag op het plein in de grond.")]
    public void Check_AThingAroundTheVerb_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik haat ze, die Koerden.")]
    [InlineData("Ik haat ze echt, al die Bulgaren.")]
    public void Check_HatredBeforeTheGroupItIsAimedAt_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik haat ze niet, die Koerden.")]
    [InlineData("Ik haat het, die Bulgaarse winters.")]
    public void Check_HatredNegatedOrAimedAtAThing_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Bulgaren? Walgelijk.")]
    [InlineData("Transmannen? Weerzinwekkend.")]
    [InlineData("Die Koerden? Walgelijk gewoon.")]
    public void Check_ABareGroupAnsweredWithDisapproval_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Er werd een Koerdische winkel beklad. Walgelijk.")]
    [InlineData("Bulgaren? Prachtig volk.")]
    [InlineData("Transmannen? Ik ken er een paar, aardige mensen.")]
    public void Check_DisapprovalOfADeedOrPraiseOfTheGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik haaat Somaliërs.")]
    [InlineData("Ik haaaaat die Bulgaren echt.")]
    [InlineData("Al die homoos moeten weg.")]
    [InlineData("Homoos zijn vies.")]
    public void Check_StretchedHatredOrAChatPlural_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik haaat dinsdagen.")]
    [InlineData("Neee, die Bulgaarse les gaat niet door.")]
    [InlineData("Jaaa, de Koerdische buren komen eten!")]
    [InlineData("Homoos en hetero's dansten samen op de Pride, wat een feest.")]
    public void Check_StretchedWordsAboutThingsOrAPlainPlural_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Het Bulgaarse eten is vies.")]
    [InlineData("De Koerdische keuken vind ik smerig.")]
    [InlineData("Dit Somalische brood is echt walgelijk.")]
    public void Check_AThingDescribedByANationality_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("De Bulgaarse vrouwen zijn vies.")]
    [InlineData("Koerdische mannen zijn lui.")]
    [InlineData("Somalische meiden zijn dom.")]
    public void Check_PeopleDescribedByANationality_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Kanker is een gemene ziekte die ook onder Koerden veel voorkomt.")]
    [InlineData("Tyfus was een vreselijke ziekte, ook bij de Bulgaren in de negentiende eeuw.")]
    public void Check_ADiseaseNamedBesideAGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Koerden zijn een ziekte voor dit land.")]
    [InlineData("Kanker-Bulgaren, allemaal.")]
    public void Check_AGroupCalledADiseaseOrCursed_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Koerden horen in een kooi.")]
    [InlineData("Die Bulgaren horen gewoon in de dierentuin.")]
    [InlineData("Transmannen moeten allemaal afgemaakt worden.")]
    [InlineData("Ik hoop dat al die Somaliërs verrekken.")]
    [InlineData("Kogels voor al die Koerden.")]
    public void Check_AGroupCagedKilledInThePassiveCursedToDieOrShot_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De Koerdische kinderen gingen met de klas naar de dierentuin.")]
    [InlineData("De papegaai van de Bulgaarse buren hoort in een kooi.")]
    [InlineData("Het werk moet vandaag afgemaakt worden, zeiden de Somalische bouwvakkers.")]
    [InlineData("Ik hoop dat de Koerden niet meer hoeven te vluchten.")]
    [InlineData("Geen kogels voor Koerden, maar brood en dekens.")]
    public void Check_AZooTripAPetFinishedWorkOrAid_IsAllowed(string text) => Assert.Null(Harm(text));
}
