namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-fourth pass over the school categories (issue 9, batch fresh40-school30), rules
/// alone, each with sentences in other words than the batches and look-alikes: a sensitive fact without a diagnosis word
/// about one child pointed out by an article, a demonstrative or a possessive and a class or a part of the school, a
/// death told by another verb, a shelter by another name, an accident told by what happened, a family word that is the
/// topic of a talk; the colleague counterpart of "sommige ouders …"; minutes of the leaders' meetings, closed sessions and
/// news told before the body decides; and a whole work attached, its cards and test books, or sent on.
/// </summary>
public class ThirtyFourthPassSchool30PatternTests
{
    private static bool PersonalData(string text) =>
        TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block);

    private static bool Complaint(string text) =>
        TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Leaked(string text) =>
        TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block);

    private static bool Copied(string text) =>
        TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block);

    [Theory]
    [InlineData("Het meisje uit groep 7 woont sinds de zomer in een gezinshuis.")]
    [InlineData("De drieling uit de middenbouw zit sinds kort in een pleeggezin.")]
    [InlineData("Die jongen van groep 4 is vorige week uit huis geplaatst.")]
    [InlineData("Dat meisje uit groep 2 ligt sinds zondag in het ziekenhuis.")]
    [InlineData("Een meisje uit groep 5 is met haar moeder naar een blijf-van-mijn-lijfhuis gegaan.")]
    [InlineData("Een jongen uit mijn groep verloor tijdens de vakantie zijn opa.")]
    [InlineData("Bij een meisje uit groep 8 is de oma vorige week gestorven.")]
    [InlineData("Een jongen uit groep 6 is op weg naar school aangereden.")]
    [InlineData("Het kind uit de onderbouw is onder een bus gekomen, hij ligt nog op de intensive care.")]
    [InlineData("Thomas uit groep 6 is vorige week een zusje verloren.")]
    [InlineData("Mijn duo-collega is al weken weg, het thuis schijnt niet lekker te lopen met haar vriend.")]
    [InlineData("De intern begeleider van de bovenbouw loopt al weken bij de bedrijfsarts.")]
    [InlineData("Collega Marloes is overwerkt en zit sinds maandag thuis.")]
    public void Check_ASensitiveFactAboutOneChildPointedOutByClass_IsPersonalData(string text) =>
        Assert.True(PersonalData(text), text);

    [Theory]
    [InlineData("De kinderen uit groep 7 bezochten vandaag een gezinshuis in de wijk.")]
    [InlineData("De kleuters uit de onderbouw zongen in het ziekenhuis voor de zieke kinderen.")]
    [InlineData("Onze kat is vorige week gestorven, de kinderen uit groep 3 maakten een kaart.")]
    [InlineData("De leerlingen uit groep 8 zamelden spullen in voor de daklozenopvang.")]
    [InlineData("Met groep 6 oefenden we hoe je veilig oversteekt, zodat niemand onder een auto komt.")]
    [InlineData("Vragen over Veilig Thuis kunnen bij onze conciërge terecht, hij is aandachtsfunctionaris.")]
    [InlineData("Onze ib'er gaf een training over scheiding en wat kinderen dan nodig hebben.")]
    [InlineData("De bedrijfsarts van de stichting gaf een presentatie over werkdruk aan het hele team.")]
    [InlineData("Wij hebben in de klas een boek gelezen over een jongen die een broertje verloor.")]
    public void Check_TheSameWordsAboutAClassAThingOrATopic_AreNoPersonalData(string text)
    {
        Assert.False(PersonalData(text), text);
        Assert.False(Leaked(text), text);
    }

    [Theory]
    [InlineData("Sommige collega's vinden het nakijken blijkbaar iets voor een ander.")]
    [InlineData("Een paar leerkrachten denken dat de kopieerkamer zichzelf opruimt.")]
    [InlineData("Er zijn juffen die hun pleindienst steeds vergeten.")]
    [InlineData("Je hebt van die meesters die nooit hun mail lezen.")]
    [InlineData("Enkele collega's staan elke maandag weer te mopperen bij de koffie.")]
    [InlineData("Collega's, collega's… sommigen laten de vaatwasser altijd vol staan en lopen weg.")]
    [InlineData("sommige collegas denken echt dat de pauze een uur duurt")]
    [InlineData("Je hebt collega's die hun kopjes altijd op het aanrecht laten staan.")]
    [InlineData("Een paar juffen komen pas om tien over half negen binnenwaaien.")]
    public void Check_ASneerAtSomeColleagues_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Sommige collega's fietsen elke dag twintig kilometer naar school.")]
    [InlineData("Er zijn juffen die al veertig jaar voor de klas staan, petje af!")]
    [InlineData("Je hebt van die meesters die altijd klaarstaan om te helpen.")]
    [InlineData("Een paar leerkrachten gaan dit jaar mee op de studiereis naar Finland.")]
    [InlineData("Sommigen van onze collega's zijn onmisbaar bij het schoolfeest.")]
    [InlineData("Sommige collega's beginnen pas om twaalf uur, ze werken die dag de middag.")]
    [InlineData("Je hebt collega's die elke week een taart meenemen, wat een feest.")]
    [InlineData("Sommige collega's zijn nog ziek na de griepgolf.")]
    [InlineData("Sommige collega's werken altijd op woensdag.")]
    public void Check_SomeColleaguesPraisedOrToldOf_IsNoComplaint(string text) =>
        Assert.False(Complaint(text), text);

    [Theory]
    [InlineData("De notulen van de directieraad van gisteren, voor wie het interesseert.")]
    [InlineData("Korte samenvatting uit de bestuurskamer: we gaan de kosten voor vervanging verlagen.")]
    [InlineData("Uit het besloten deel van de GMR: de formatie gaat volgend jaar omlaag.")]
    [InlineData("Cijfers uit de gesloten vergadering van de MR: het verzuim staat op 8 procent.")]
    [InlineData("Voordat de raad van toezicht erover stemt: de fusie gaat toch wel door.")]
    [InlineData("De uitkomst van de medewerkersenquête: 40 procent voelt zich niet gehoord door de directie.")]
    [InlineData("Onze personeelsenquête scoort gemiddeld een 5,8, dat hoorde ik van de directeur.")]
    public void Check_MinutesClosedSessionsAndNewsBeforeTheDecision_AreConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("De notulen van de directieraad staan zoals altijd op de website.")]
    [InlineData("Na het besloten deel van de MR nog gezellig een borrel gedronken.")]
    [InlineData("Voordat het bestuur beslist over de fusie, mogen ouders hun mening geven.")]
    [InlineData("Volgende week een besloten vergadering met de ouderraad over het schoolreisje.")]
    [InlineData("Vergeet niet de personeelsenquête in te vullen, de resultaten komen in het jaarverslag.")]
    public void Check_PublishedMinutesASessionHeldAndAConsultation_AreNotConfidential(string text) =>
        Assert.False(Leaked(text), text);

    [Theory]
    [InlineData("Alle opdrachtkaarten van Rekentijger groep 5 vind je in de bijlage.")]
    [InlineData("In de bijlage de complete toetsen van Naut thema 2.")]
    [InlineData("Het volledige toetsboek van Staal spelling zit als bijlage bij dit bericht.")]
    [InlineData("Het hele lespakket van de Vreedzame School heb ik als pdf in de ouderapp gezet.")]
    [InlineData("Het oefenschrift van Schrijfdans heb ik helemaal nagemaakt en uitgedeeld aan de collega's.")]
    [InlineData("Ik heb het hele voorleesboek gefotografeerd en stuur het via de klassenapp naar de ouders.")]
    public void Check_AWholeWorkAttachedOrSentOn_IsCopied(string text) =>
        Assert.True(Copied(text), text);

    [Theory]
    [InlineData("Alle opdrachtkaarten die ik zelf heb gemaakt bij Rekentijger vind je in de bijlage, eigen werk.")]
    [InlineData("In de bijlage de planning van de toetsweek.")]
    [InlineData("De uitgever van Naut heeft extra werkkaarten op de eigen site gezet, kijk daar maar.")]
    [InlineData("Ik stuur de ouders via de klassenapp een foto van de voorleeshoek.")]
    [InlineData("Het lesprogramma van de Vreedzame School staat op de site van de uitgever.")]
    [InlineData("De kinderen hebben de brug uit het prentenboek helemaal nagemaakt van karton, onze eigen versie.")]
    public void Check_OwnMaterialAScheduleALinkOrAPhoto_IsNotCopied(string text) =>
        Assert.False(Copied(text), text);
}
