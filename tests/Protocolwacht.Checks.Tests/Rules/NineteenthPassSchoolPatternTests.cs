namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the nineteenth pass over the school categories (issue 9, batch fresh25-school15), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a stressed
/// "wéér" or "alweer" beside a meeting, form or plan, "daar gaan we weer", an ordinal of weariness, a countdown written
/// with thousands points, and meetings and forms read by a compound's last part; an excess at a private celebration;
/// medicines by name; a named pupil sent home after an incident; notes and decisions of a leaders' meeting; the whole of a
/// titled or sourced work recorded on video; the author's own leave announced.
/// </summary>
public class NineteenthPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    [Theory]
    [InlineData("Krijgen we volgende week wéér een nieuw aanvraagformulier voor het kopieerwerk.")]
    [InlineData("WEER een nieuw registratiesysteem voor de absenties.")]
    [InlineData("Is de werkverdeling nu alweer aangepast?")]
    [InlineData("Moeten we wéér een plan van aanpak schrijven voor het bestuur?")]
    [InlineData("Het rooster is wederom veranderd, de tweede keer deze maand.")]
    public void Check_AgainStressedBesideAMeetingFormOrPlan_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Daar gaan we weer, de derde reorganisatie van het bestuur.")]
    [InlineData("Hier gaan we weer: een nieuwe studiedag over burgerschap.")]
    [InlineData("Daar gaan we dan weer, met een nieuw protocol voor de overblijf.")]
    [InlineData("Het vijfde overleg deze maand over de nieuwe werkverdeling.")]
    [InlineData("De vierde methode voor spelling in zes jaar.")]
    public void Check_HereWeGoAgainOrAnOrdinalOfWeariness_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Nog 3.412 dagen tot het pensioen.")]
    [InlineData("Nog 1.050 werkdagen, ik tel af.")]
    [InlineData("Nog 2.100 dagen en dan eindelijk mijn AOW.")]
    public void Check_ACountdownWithThousandsPoints_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Wéér een prachtige voorstelling van groep 8, wat zijn we trots!")]
    [InlineData("Alweer een teamvergadering achter de rug, en we hebben genoten van de workshops.")]
    [InlineData("Daar gaan we weer! Op naar de Efteling met groep 6.")]
    [InlineData("We hebben weer een vergadering gehad over het schoolreisje.")]
    [InlineData("Alweer de derde verjaardag van mijn dochter, wat gaat de tijd snel.")]
    [InlineData("De derde studiedag van dit schooljaar gaat over rekenen; de kinderen zijn dan vrij.")]
    [InlineData("Nog 1.500 kilometer fietsen voor het goede doel, wie sponsort mij?")]
    [InlineData("Veel te veel taart op de verjaardag van mijn moeder gegeten.")]
    [InlineData("Veel te veel wijn gedronken op de bruiloft van mijn broer, wat een dag!")]
    public void Check_PrideATripNewsAnotherCountOrAPrivateFeast_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Veel te veel ouders op het plein bij het ophalen, niemand houdt zich aan de afspraken.")]
    [InlineData("Veel te veel toetsen van de directie dit jaar.")]
    public void Check_AnExcessAtSchool_StaysAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Ik slik sinds januari Strattera en ik merk dat het werkt.")]
    [InlineData("Ik gebruik al jaren escitalopram, daar schaam ik me niet voor.")]
    [InlineData("Ik ben weer aan de venlafaxine sinds de herfstvakantie.")]
    [InlineData("Ik neem elke ochtend Lamictal en sta daarna gewoon voor de klas.")]
    public void Check_TheAuthorsMedicineByName_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Mohammed neemt voortaan zijn Keppra mee in zijn tas.")]
    [InlineData("Tess krijgt tussen de middag haar Medikinet van de juf.")]
    public void Check_APupilsMedicineByName_IsPersonalData(string text) =>
        Assert.True(TestChecker.SchoolByRules(text, "linda.koster", "sintjozef").Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Op de studiedag legde de apotheker uit hoe Concerta werkt.")]
    [InlineData("De apotheek heeft een folder over metformine voor ouders.")]
    public void Check_AMedicineAsATopic_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Sara is naar huis gestuurd na een incident op het schoolplein.")]
    [InlineData("Noah werd na het voorval in de gymzaal naar huis gestuurd.")]
    public void Check_ANamedPupilSentHomeAfterAnIncident_IsPersonalData(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Uit het bestuursoverleg van vanochtend: de fusie gaat door, maar dat mag nog niemand weten.")]
    [InlineData("Hoofdpunten van de MT-vergadering: drie collega's krijgen geen vaste aanstelling.")]
    [InlineData("In het directieberaad is besloten dat de bibliotheek van school dichtgaat.")]
    [InlineData("Mijn notities van het schoolleidersoverleg: de formatie krimpt met twee fte.")]
    [InlineData("Wat er in de directievergadering is afgesproken: geen nieuwe vacatures tot de zomer.")]
    public void Check_WhatALeadersMeetingDiscussed_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Het directieberaad was vandaag op bezoek bij Het Kompas.")]
    [InlineData("De besluitenlijst van de bestuursvergadering staat op de website.")]
    [InlineData("Het directieoverleg is verplaatst naar donderdag.")]
    [InlineData("Uit de leerlingenraad: de kinderen willen een moestuin!")]
    public void Check_ALeadersMeetingNamedOnlyOrPublished_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Onze complete rekenles uit de methode Pluspunt gefilmd en op YouTube gezet.")]
    [InlineData("Het complete prentenboek 'Boer Boris' van voor tot achter voorgelezen, de video staat online.")]
    [InlineData("'Kikker in de kou' van begin tot eind voorgelezen en gefilmd voor ons kanaal.")]
    [InlineData("Ik heb het hele werkboek van Naut ingesproken, de opnames staan online.")]
    public void Check_AWholeTitledOrSourcedWorkRecorded_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("De hele les gefilmd voor mijn portfolio, leerzaam om terug te kijken.")]
    [InlineData("We hebben de hele film 'Frozen' gekeken met groep 4.")]
    [InlineData("Het hele boek 'Matilda' voorgelezen in de klas, wat een feest!")]
    [InlineData("De voorstelling van begin tot eind gefilmd door een ouder, dank je wel!")]
    [InlineData("Het hele schoolkoor opgenomen in de kerk, prachtig!")]
    public void Check_OwnWorkAFilmWatchedOrReadingAloudInClass_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Beste ouders, zoals in de ouderbrief stond ga ik na de meivakantie met zwangerschapsverlof. Meester Tom neemt het over.")]
    [InlineData("Ik ga vanaf maart met bevallingsverlof; juf Ellen staat dan voor de groep.")]
    public void Check_TheAuthorsOwnLeave_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.SchoolByRules(text, "fatima.yilmaz").Has(Categories.PersonalData), text);

    [Fact]
    public void Check_AColleaguesLeaveToldByTheAuthor_StaysPersonalData() =>
        Assert.True(TestChecker.SchoolByRules("Ik hoorde dat juf Linda in maart met zwangerschapsverlof gaat.", "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block));
}
