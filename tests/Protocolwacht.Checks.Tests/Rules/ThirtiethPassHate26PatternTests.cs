namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The classes of issue 9's thirtieth pass (hate26), each pattern in five sentences written for this test in other words
/// than the batches, with five allowed look-alikes beside it, judged by the rules alone: conspiracy and control said of a
/// group, a group declared confused by nature, removal orders with "het land uit" or back to the boat, a ban asked in the
/// first person, verbless slogans closing a group's places or the borders, a slur's diminutive and a group's house by its
/// last part; and three false blocks ended: a place name ending in a slang insult's letters, a child told of with care in
/// the diminutive, a report of a shouted remark.
/// </summary>
public class ThirtiethPassHate26PatternTests
{
    private static Severity? Harm(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement);

    [Theory]
    [InlineData("De moslims hebben de kranten allang in handen.")]
    [InlineData("Die Chinezen hebben de halve regering in hun zak.")]
    [InlineData("Joden hebben de beurs volledig in hun greep.")]
    [InlineData("Achter elke oorlog zitten altijd weer de joden.")]
    [InlineData("Die Polen hebben overal hun poten in.")]
    public void Check_ConspiracyAndControlSaidOfAGroup_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De bank heeft de lening van onze sportclub in handen.")]
    [InlineData("Vrouwen hebben steeds vaker de politiek in handen.")]
    [InlineData("Juf Linda zit overal achter bij de kerstviering.")]
    [InlineData("Onze vrijwilligers hebben overal hun handen vol aan.")]
    [InlineData("Achter in de bus zaten weer de Syrische moeders te zingen.")]
    public void Check_ControlOfAThing_OrAShareTold_OrNoGroup_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Homo's zijn gewoon in de war.")]
    [InlineData("Transgenders zitten in de knoop met zichzelf.")]
    [InlineData("Lesbiennes zijn in de war, dat gaat vanzelf over.")]
    [InlineData("Biseksuelen raken altijd in de war.")]
    [InlineData("Transvrouwen zijn echt in de war met hun lijf.")]
    public void Check_AGroupDeclaredConfusedByNature_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("De kleuters waren in de war door de nieuwe juf.")]
    [InlineData("Veel vluchtelingen zijn na de reis in de war.")]
    [InlineData("Mijn Turkse buurman was even in de war door de tijdsverandering.")]
    [InlineData("Transgender leerlingen raken soms in de knoop door pesterijen.")]
    [InlineData("Ik zit altijd in de knoop met mijn agenda.")]
    public void Check_ConfusionWithACause_OrForAMoment_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Schop die Roemenen ons land uit.")]
    [InlineData("Gooi al die Bulgaren Nederland uit.")]
    [InlineData("Waarom sturen ze die Afghanen niet gewoon het land uit?")]
    [InlineData("Terug op de boot met ze, die Somaliërs.")]
    [InlineData("Die Syriërs? Terug in het vliegtuig ermee.")]
    public void Check_ARemovalOrder_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Schop de bal het veld uit als het spannend wordt.")]
    [InlineData("De IND zet elk jaar mensen het land uit, staat in het jaarverslag.")]
    [InlineData("Terug in de bus met ze, de kleuters zijn moe.")]
    [InlineData("Veel Polen gingen met de boot terug naar Gdansk.")]
    [InlineData("Gooi die oude dozen maar het raam uit.")]
    public void Check_AThingRemoved_OrAJourneyTold_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Ik wil dat boerka's verboden worden.")]
    [InlineData("Wij willen dat minaretten verboden worden in ons dorp.")]
    [InlineData("Synagogen dicht, nu!")]
    [InlineData("Sluit de grenzen voor die moslims.")]
    [InlineData("Grenzen dicht voor Eritreeërs!")]
    public void Check_ABanAskedOrASloganOfClosing_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Ik wil dat snoep op school verboden wordt.")]
    [InlineData("Ik wil niet dat boerka's verboden worden.")]
    [InlineData("Moskee dicht op vrijdag vanwege een verbouwing.")]
    [InlineData("De grenzen gaan om 23:00 dicht voor de kermis.")]
    [InlineData("In 2015 gingen de grenzen van Hongarije dicht voor Syrische vluchtelingen.")]
    public void Check_ABanOfAThing_OrAClosingWithAReason_OrNews_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die lesbotjes weer met hun vlaggen.")]
    [InlineData("Negertjes horen hier niet.")]
    [InlineData("Die flikkertjes op het schoolplein.")]
    [InlineData("Hindoetempels dicht, en snel.")]
    [InlineData("Gooi die hindoetempels maar plat.")]
    public void Check_ASlursDiminutive_OrAGroupsHouseByItsLastPart_Blocks(string text) => Assert.Equal(Severity.Block, Harm(text));

    [Theory]
    [InlineData("Het wijfje van de hamster kreeg jongen.")]
    [InlineData("Het kleine vluchtelingetje uit het prentenboek vond een nieuw huis.")]
    [InlineData("Dat lieve Syriërtje uit groep 3 tekende een hart voor juf.")]
    [InlineData("We vlogen via Marrakech naar Agadir.")]
    [InlineData("We bezochten de hindoetempel in Den Haag met groep 7.")]
    public void Check_AFemaleAnimal_AChildToldWithCare_APlaceName_OrAVisit_IsAllowed(string text) => Assert.Null(Harm(text));

    [Theory]
    [InlineData("Die vluchtelingetjes moeten oppassen.")]
    [InlineData("Dat kleine negertje op het plein.")]
    [InlineData("Al die Marokkaantjes op straat.")]
    [InlineData("Die Syriërtjes uit het boek zijn allemaal tuig.")]
    [InlineData("Moslimpjes horen hier niet.")]
    public void Check_DiminutivesOfScornAmongMany_OrOfASlur_StillBlock(string text) => Assert.Equal(Severity.Block, Harm(text));

    private static Severity? Confidential(string text) => TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.Confidential);

    [Theory]
    [InlineData("Vandaag melding gedaan: een man riep 'ga terug naar je land' naar een leerling. Diep triest.")]
    [InlineData("Melding gemaakt van discriminatie van een leerling op het plein.")]
    [InlineData("Aangifte gedaan: iemand schreeuwde scheldwoorden naar een leerling.")]
    [InlineData("We hebben melding gedaan van racisme tegen een leerling.")]
    [InlineData("Melding gedaan bij de politie: een vader schold een leerling uit.")]
    public void Check_AReportOfAShoutedRemark_IsNotConfidential(string text) => Assert.Null(Confidential(text));

    [Theory]
    [InlineData("We hebben melding gedaan bij Veilig Thuis over een leerling.")]
    [InlineData("Er is aangifte gedaan tegen een collega.")]
    [InlineData("Melding gemaakt bij de politie over een kind uit groep 6.")]
    [InlineData("De school heeft melding gedaan bij de inspectie over een leerling.")]
    [InlineData("Aangifte ingediend door een collega.")]
    public void Check_AReportAboutAChildOrAColleague_StaysConfidential(string text) => Assert.Equal(Severity.Block, Confidential(text));
}
