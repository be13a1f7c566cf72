namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twentieth pass over the school categories (issue 9, batch fresh26-school16), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: "daar gaan we
/// weer" with the thing sighed at in the next sentence, an unstressed "weer zo'n" before a meeting or training day, plans
/// and working groups as work measures, "for the third time" moved or changed; a named pupil kept in the corridor or sent
/// out of class; sick leave and an operation; a closed meeting by its place and news not yet shared; a titled work read
/// aloud whole for a camera; and the capacity point on complaints.
/// </summary>
public class TwentiethPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    [Theory]
    [InlineData("Daar gaan we weer. Het bestuur wil dat we elke week een logboek bijhouden.")]
    [InlineData("Hier gaan we weer. Volgende maand een nieuwe teamvergadering over de nieuwe vergadercyclus.")]
    [InlineData("Daar gaan we dan weer. De directie heeft de werkverdeling opnieuw omgegooid.")]
    [InlineData("Daar gaan we weer. Er komt een fusie met de school aan de overkant.")]
    [InlineData("Hier gaan we weer. Alle groepen moeten voortaan een nieuw toetsformulier invullen.")]
    public void Check_HereWeGoAgainWithTheThingInTheNextSentence_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Weer zo'n overleg van twee uur waarin niets besloten wordt.")]
    [InlineData("Vanmiddag weer zo'n teamvergadering over de kopieerkosten.")]
    [InlineData("Weer zo'n studiedag met een spreker die nooit voor de klas heeft gestaan.")]
    [InlineData("Het zoveelste beleidsplan, nu over digitale geletterdheid.")]
    [InlineData("De zoveelste werkgroep over het pleinbeleid is opgericht.")]
    [InlineData("Dit is al het vierde overleg dit schooljaar over dezelfde kwestie.")]
    [InlineData("De gymroosters worden voor de derde keer dit jaar omgegooid.")]
    [InlineData("Voor de vijfde keer is de ouderavond verplaatst.")]
    public void Check_AnotherMeetingPlanOrChangeOfTheSameKind_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Daar gaan we weer! Groep 5 loopt vandaag de avondvierdaagse.")]
    [InlineData("Daar gaan we weer. De kinderen vertrekken om negen uur met de bus.")]
    [InlineData("Daar gaan we weer. Een nieuwe studiedag, en we hebben er echt zin in!")]
    [InlineData("Weer zo'n fijne teamdag gehad, wat hebben we gelachen.")]
    [InlineData("Weer zo'n mooie ochtend op het plein met de kleuters.")]
    [InlineData("Voor de derde keer kampioen van het schoolvoetbal!")]
    [InlineData("Voor de vierde keer op kamp naar Ameland, de kinderen hebben er zin in.")]
    [InlineData("De werkgroep verkeersveiligheid zoekt nog twee ouders.")]
    [InlineData("Dan komen we verder dan met het zoveelste plan uit Den Haag.")]
    public void Check_ATripEagernessPrideOrNews_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Noah heeft de hele middag op de gang gezeten na de ruzie bij het voetbal.")]
    [InlineData("Sara stond gisteren twee lessen op de gang.")]
    [InlineData("Daan moest vanochtend op de gang werken omdat hij steeds stoorde.")]
    [InlineData("Liam is vandaag de gymles uitgestuurd.")]
    [InlineData("Emma werd na de pauze de klas uitgezet.")]
    public void Check_ANamedPupilKeptInTheCorridorOrSentOut_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("De kinderen zaten op de gang te wachten tot de voorstelling begon.")]
    [InlineData("Noah hielp vandaag op de gang met het ophangen van de tekeningen.")]
    [InlineData("Bij het brandalarm stonden alle groepen netjes op de gang.")]
    public void Check_TheCorridorWithoutAMeasure_IsNoDiscipline(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Onze conciërge is sinds de meivakantie met ziekteverlof.")]
    [InlineData("Juf Fatima heeft zich vanochtend ziekgemeld.")]
    [InlineData("Meester Bas zit al maanden in de ziektewet.")]
    [InlineData("Mijn duocollega herstelt van een operatie aan haar schouder.")]
    [InlineData("Onze teamleider heeft ziekteverlof tot de kerst.")]
    public void Check_AColleaguesSickLeaveOrOperation_IsConfidentialAndPersonalData(string text)
    {
        var result = TestChecker.PersonalByRules(text, "noor.peters");
        Assert.True(result.Has(Categories.Confidential, Severity.Block), text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
    }

    [Theory]
    [InlineData("Wat is ziekteverlof precies? De arbodienst legt het uit op de informatieavond.")]
    [InlineData("De operatie aan de schoolgevel duurt tot de herfst.")]
    public void Check_SickLeaveAsATopicOrABuildingOperation_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "noor.peters").Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Vanochtend in de bestuurskamer besloten: de nevenvestiging gaat sluiten.")]
    [InlineData("Uit de directiekamer: er verdwijnen drie fte bij de onderbouw.")]
    [InlineData("Achter gesloten deuren is afgesproken dat de twee scholen samengaan.")]
    [InlineData("De verhuizing naar het nieuwe gebouw is nog niet met de ouders besproken.")]
    [InlineData("Het is nog niet bekend, maar de begroting wordt volgend jaar fors ingekrompen.")]
    public void Check_AClosedMeetingByItsPlaceOrNewsNotYetShared_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Groep 7 mocht vandaag een kijkje nemen in de bestuurskamer van het gemeentehuis.")]
    [InlineData("Bij ons geen besluiten achter gesloten deuren: iedereen mag meepraten.")]
    [InlineData("De uitslag van de voorleeswedstrijd is nog niet bekend, spannend!")]
    [InlineData("Ik heb het nog niet met mijn zus gedeeld, maar ik ga een marathon lopen.")]
    public void Check_APlaceAPromiseOrAPrivateSecret_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik heb 'De mooiste vis van de zee' helemaal voorgelezen voor de camera.")]
    [InlineData("'Nijntje in de speeltuin' in zijn geheel ingesproken, de video staat op het kanaal.")]
    [InlineData("Voor de zieke kinderen 'Het dikke Dikkie Dik boek' integraal voorgelezen via de webcam.")]
    public void Check_ATitledWorkReadAloudWholeForACamera_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("De kinderen hebben hun eigen verhaal helemaal voorgelezen voor de camera.")]
    [InlineData("'Matilda' helemaal uitgelezen met de klas, wat een boek!")]
    [InlineData("Ik heb 'Kikker is bang' helemaal voorgelezen, de kinderen zaten ademloos te luisteren.")]
    public void Check_OwnWorkOrReadingAloudWithoutRecording_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Fact]
    public void Check_AComplaintOnAPersonalAccount_CarriesTheCapacityAdvice()
    {
        // "de wc's" and "lekkage" name no topic of education; the complaint about the building makes it one.
        var result = TestChecker.PersonalByRules("Onze wc's lekken al een maand en niemand doet er iets aan.", "kees.dekker");
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Doubt));
        Assert.True(result.Has(Categories.Capacity, Severity.Advice));
    }

    [Fact]
    public void Check_ALeaderComplainingAboutTheOrganisation_IsCapacityDoubt()
    {
        var result = TestChecker.PersonalByRules("Daar gaan we weer. Het bestuur schrapt opnieuw het budget voor de speelplaats.", "karin.mulder");
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Doubt));
        Assert.True(result.Has(Categories.Capacity, Severity.Doubt));
    }

    [Fact]
    public void Check_ALeadersNewsWithoutComplaint_StaysCapacityAdvice()
    {
        var result = TestChecker.PersonalByRules("Vandaag opende de burgemeester de nieuwe speelplaats van onze school.", "karin.mulder");
        Assert.True(result.Has(Categories.Capacity, Severity.Advice));
        Assert.False(result.Has(Categories.Capacity, Severity.Doubt));
    }
}
