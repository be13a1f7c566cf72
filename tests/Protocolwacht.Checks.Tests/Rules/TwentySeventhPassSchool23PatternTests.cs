using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-seventh pass over the school categories (issue 9, batch fresh33-school23), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: a thing of the school that gives
/// up, told by an idiom of failing; a question about a facility answered by how long it has not worked; a sarcastic name
/// for what the board does; a tiring adjective right before the own class; news kept back until its announcement date; a
/// leader's formation cut as no leak; a pupil kept on the bench; a whole work put on one's own site or as one pdf.
/// </summary>
public class TwentySeventhPassSchool23PatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    [Theory]
    [InlineData("De beamer in lokaal 6 geeft het alweer op.")]
    [InlineData("Het roostersysteem is vanochtend weer ingestort.")]
    [InlineData("De kachel in de aula houdt er gewoon mee op.")]
    [InlineData("De server van school is vandaag twee keer gecrasht.")]
    [InlineData("Het kopieerapparaat heeft het begeven, vlak voor de toetsweek.")]
    public void Check_AThingOfTheSchoolGivingUp_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Sara gaf het niet op en haalde haar zwemdiploma!")]
    [InlineData("In de techniekles lieten we een toren van blokken instorten.")]
    [InlineData("Mijn laptop thuis geeft het op, tijd voor een nieuwe.")]
    [InlineData("De printer liet het even afweten, maar hij is al gerepareerd.")]
    [InlineData("Mijn auto laat het afweten, ik kom op de fiets.")]
    public void Check_PraiseAScienceLessonOrTheAuthorsOwnThing_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Een werkend digibord in groep 4? Al weken niet.")]
    [InlineData("Warm water in de kleedkamer? Al sinds oktober niet meer.")]
    [InlineData("Een verwarming die het doet? Nooit.")]
    [InlineData("Wifi in het speellokaal? Nog steeds niet.")]
    [InlineData("Een lift die werkt? Al een half jaar niet meer.")]
    public void Check_AFacilityAskedAfterAndDeniedByHowLong_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Een werkende beamer? Sinds vanmorgen wel!")]
    [InlineData("Nieuwe laptops voor groep 8? Ja, ze zijn er!")]
    [InlineData("Gym in de gymzaal vandaag? Nee, we gaan naar buiten want het is mooi weer.")]
    [InlineData("Regen op de sportdag? Gelukkig niet.")]
    [InlineData("Een nieuw dak op de gymzaal? Het is gelukt, dank aan de gemeente!")]
    public void Check_AFacilityAskedAfterAndThere_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Drie keer om hulp gevraagd en niets gehoord. Ondersteuning noemen ze dat.")]
    [InlineData("Zonder overleg met het team een nieuw rooster. Samenwerking heet dat dan.")]
    [InlineData("Niemand van het bestuur kwam kijken. Betrokkenheid heet dat.")]
    [InlineData("Weer geen reactie op onze mail. Communicatie noemen ze dat.")]
    [InlineData("Geen enkel voorstel van ons is overgenomen. Medezeggenschap heet dat hier.")]
    public void Check_ASarcasticNameForWhatTheBoardDid_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Een rups wordt een vlinder. Metamorfose heet dat.")]
    [InlineData("Zonder zuurstof geen vuur. Verbranding noemen ze dat in de les.")]
    [InlineData("Hoe heet dat boek ook alweer?")]
    [InlineData("Het team kreeg een prachtige bos bloemen van de directie. Dat noemen we waardering!")]
    [InlineData("Geen idee hoe dat spel heet, maar de kinderen vonden het geweldig.")]
    public void Check_ATermOrPraise_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Zware groep heb ik dit jaar.")]
    [InlineData("Taaie klas dit jaar, dat merk ik elke dag.")]
    [InlineData("Lastig groepje heb ik, zeg maar gerust.")]
    [InlineData("Stevige klas heb ik dit jaar, pfff.")]
    [InlineData("Pittige klas dit jaar in mijn lokaal.")]
    public void Check_ATiringAdjectiveBeforeTheOwnClass_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Pittige groep tegenstanders vandaag op het schaaktoernooi.")]
    [InlineData("Stevige klas dit jaar: ze wonnen de voetbalcompetitie!")]
    [InlineData("Zware groep fietsers op de dijk vanochtend.")]
    [InlineData("Een pittige wandeling met mijn klas door het bos, wat genoten ze!")]
    [InlineData("Een taaie klimpartij voor de hele klas op schoolreis, wat een avontuur!")]
    public void Check_ATiringAdjectiveOfSportOrATask_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Onze adjunct vertrekt, maar dat wordt pas na de zomer bekendgemaakt.")]
    [InlineData("Meester Tom gaat met pensioen; dat wordt pas in juni bekendgemaakt.")]
    [InlineData("Er gaan twee formatieplaatsen af, maar dat maken we pas in april bekend.")]
    [InlineData("De benoeming van de nieuwe directeur wordt pas na de kerst aangekondigd.")]
    [InlineData("Onze conciërge stopt ermee, maar dat wordt pas volgende maand bekendgemaakt.")]
    public void Check_PersonnelNewsKeptBackUntilItsDate_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("De uitslag van de tekenwedstrijd wordt pas vrijdag bekendgemaakt.")]
    [InlineData("Het is nu officieel: meester Bas gaat met pensioen.")]
    [InlineData("De Cito-uitslagen worden in juni bekendgemaakt.")]
    [InlineData("De winnaar van de voorleeswedstrijd wordt pas na de vakantie bekendgemaakt.")]
    [InlineData("De datum van het schoolreisje wordt pas in maart bekendgemaakt.")]
    public void Check_ACalendarFactOrPublicNews_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Volgend schooljaar moeten we inleveren op de formatie. Ik vind dat zonde voor de kinderen.")]
    [InlineData("We moeten snoeien in de formatie, en volgens mij is dat onvermijdelijk.")]
    [InlineData("Er gaat volgend jaar anderhalve fte weg op onze school. Zonde voor het team.")]
    [InlineData("Volgend jaar twee fte minder voor De Regenboog. Wat mij betreft moet dat anders.")]
    [InlineData("De formatie krimpt: we moeten minder mensen inzetten.")]
    public void Check_ALeaderGivingAnOpinionOnTheFormationCut_IsACapacityDoubtNotALeak(string text)
    {
        var result = TestChecker.PersonalByRules(text, "karin.mulder");
        Assert.False(result.Has(Categories.Confidential), text);
        Assert.True(result.Has(Categories.Capacity, Severity.Doubt), text);

        // The same words from a teacher, who cannot know whether it is public, are still a leak.
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);
    }

    [Theory]
    [InlineData("Er gaat volgend jaar anderhalve fte weg, maar dat wordt pas in mei bekendgemaakt.")]
    [InlineData("Volgend schooljaar moeten we inleveren op de formatie. Sst, nog niet bekend!")]
    [InlineData("We moeten snoeien in de formatie, maar dat mag nog niet naar buiten.")]
    [InlineData("Onder ons: de formatie krimpt met twee fte, maar dat maken we pas na de zomer bekend.")]
    [InlineData("Volgend jaar twee fte minder, dat mag ik nog niet zeggen.")]
    public void Check_ALeaderTellingTheFormationCutKeptBack_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "karin.mulder").Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Liam heeft de hele gymles op de bank gezeten omdat hij bleef schoppen.")]
    [InlineData("Noah zat de halve rekenles aan de kant na zijn gedrag.")]
    [InlineData("Sara moest de hele les op de bank zitten, ze luisterde niet.")]
    [InlineData("Liam heeft vanmiddag aan de kant gestaan tijdens gym, hij had geduwd.")]
    [InlineData("Noah zat de hele ochtend op de bank bij de juf omdat hij brutaal was.")]
    public void Check_ANamedPupilKeptOnTheBench_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Liam zat in de pauze op de bank te lezen.")]
    [InlineData("Sara zat de hele gymles aan de kant omdat ze geblesseerd was.")]
    [InlineData("Noah zat bij de wedstrijd op de bank als wisselspeler.")]
    [InlineData("Liam heeft de hele ochtend op de gang gezeten om de schoolkrant te vouwen.")]
    [InlineData("Sara heeft de hele gymles op de bank gezeten om de scores bij te houden.")]
    public void Check_APupilOnTheBenchForAReason_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Het hele werkboek van Pluspunt staat als één pdf in de klassenmap.")]
    [InlineData("Alle lessen van Blink heb ik op mijn eigen website gezet.")]
    [InlineData("De complete handleiding van Kwink heb ik als 1 pdf gemaild.")]
    [InlineData("Het volledige prentenboek van Max Velthuijs heb ik op mijn eigen site geplaatst.")]
    [InlineData("Alle werkbladen uit Naut op de schoolsite geplaatst, handig!")]
    public void Check_AWholeWorkOnOnesOwnSiteOrAsOnePdf_IsCopyright(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Mijn eigen werkbladen over de lente staan als één pdf op mijn site.")]
    [InlineData("Alle foto's van het schoolreisje staan als één album in de ouderapp.")]
    [InlineData("Het hele programma van de feestweek staat op de site.")]
    [InlineData("De complete jaarkalender staat als één pdf op onze website.")]
    [InlineData("Onze zelfgemaakte liedjes staan allemaal op mijn eigen site.")]
    public void Check_OwnWorkOrNoWorkOnASite_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright), text);
}
