namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The review's fixes of stop 49's check changes (fixchecks3), judged by the rules alone, in sentences written for this test.
/// Of the sentences that must stay allowed, 27 were stopped (blocked or doubted) by the engine of 0425cd50; six more
/// ("een andere dag/tijd", "het hek kan maken", "de fantasie/charme/het tempo van …") passed it and guard the narrowing:
/// <list type="bullet">
/// <item>"zorg ik/we dat … een andere plek" promises a place at lunch break or in the timetable, not a loss;</item>
/// <item>a tool kept in the car after a request or a job is the tool's purpose, not a grudge's weapon;</item>
/// <item>a caption with a colon of a school day, or of a thing of someone's ("Cadeau van meester Tom voor de klas:"), calls
/// nobody names; a colon inside a sentence does not reach into the sentence before;</item>
/// <item>a quality ("de humor van een clown") is no faculty an insult takes "van een";</item>
/// <item>a class's visit to the physiotherapist, or a colleague from there, is no health of the author;</item>
/// <item>a date still to come and a meeting the school invites parents to are no leak;</item>
/// <item>a school's own account sighing over a hard day is no complaint, and 😮 is surprise;</item>
/// <item>a consent form asked for by the school is an instruction, not paperwork about paperwork;</item>
/// <item>a surprise told "onder ons gezegd" is no news of the organisation.</item>
/// </list>
/// The sentences each construction was made for stay stopped (their passes' pattern tests), and a few more are here.
/// </summary>
public sealed class ThirtiethPassReviewFixTests
{
    [Theory]
    [InlineData("Kan je kind een keer niet op de vaste dag? Dan zorgen we dat er een andere plek is bij de overblijf.")]
    [InlineData("Lukt het een keer niet? Dan zorgen we dat je een andere plek in het rooster krijgt.")]
    [InlineData("Vergeet je nog eens je gymspullen, dan zorg ik dat je een andere plek krijgt bij de warming-up 😉")]
    [InlineData("Is de opvang een keer vol? Dan zorgen we dat uw kind een andere dag kan komen.")]
    [InlineData("Past het tijdstip je nog eens niet, dan zorgen we dat je een andere tijd krijgt.")]
    public void Check_APlaceOrTimePromisedOnTheSchoolsAccount_IsNoThreat(string text) =>
        Assert.False(TestChecker.SchoolByRules(text, "karin.mulder").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als u nog één keer over mij klaagt, zorg ik dat uw dochter een andere school moet zoeken.")]
    [InlineData("Waag het nog eens om te liegen, dan zorgen we dat je een andere baan mag zoeken.")]
    public void Check_AnUltimatumWithALossOfSchoolOrWork_StaysAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Meester Tom vroeg om een nieuw whiteboard. Ik heb de hamer al in de auto liggen.")]
    [InlineData("Die nieuwe collega vroeg of ik het hek kan maken. Ik heb de zaag al in de auto gelegd.")]
    [InlineData("Meester Bas heeft een klusje voor me. De hamer ligt al klaar in de schuur.")]
    public void Check_AToolKeptForAJobAsked_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Meester Tom: een echte clown op het schoolfeest.")]
    [InlineData("Onze juf op schoolreis: een echte bangerik in de achtbaan.")]
    [InlineData("Cadeau van meester Tom voor de klas: een luie kat van pluche.")]
    [InlineData("Tekening voor de juf: een dikke kalkoen met een strik.")]
    public void Check_ACaptionWithAColonOfASchoolDayOrAThing_IsNoInsult(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Meester Tom heeft de humor van een clown, de kinderen liggen dubbel.")]
    [InlineData("Juf Fatima heeft de fantasie van een kind, wat een verhalen!")]
    [InlineData("Onze conciërge heeft de energie van een jonge hond.")]
    [InlineData("Die nieuwe juf heeft de charme van een prinses, de kleuters zijn dol op haar.")]
    [InlineData("Meester Bas heeft het tempo van een atleet.")]
    public void Check_AQualityOfSomeoneLikeSomethingLively_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Vanmiddag ben ik met groep 7 bij de fysio geweest voor een rondleiding.")]
    [InlineData("Ik heb met een collega van de fysio een workshop tillen gegeven.")]
    [InlineData("Ik ging met de klas naar de fysio voor een gastles over houding.")]
    [InlineData("Ik kreeg een mail van de fysio over de stageplek van onze leerling.")]
    [InlineData("Ik ben met groep 8 naar de orthopeed in het ziekenhuis geweest voor de excursie.")]
    public void Check_ASchoolVisitToTheFysio_IsNoHealthOfTheAuthor(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));

    [Theory]
    [InlineData("Ik loop al weken met een zere knie naar de fysio.")]
    [InlineData("Ik ben net terug van de cardioloog.")]
    public void Check_TheAuthorsOwnVisit_StaysHealth(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));

    [Theory]
    [InlineData("Welke data de kinderen vrij zijn, wordt pas in april bekend, zodra het bestuur het besluit over de vakantieregeling neemt.")]
    [InlineData("De GMR praat donderdag over het samenvoegen van de bovenbouwgroepen. Iedereen is welkom op de ouderavond.")]
    [InlineData("De MR bespreekt dinsdag of de groepen samengaan. U bent van harte welkom om mee te praten.")]
    [InlineData("Onder ons gezegd: we verrassen juf Linda vrijdag met een feestje, want ze gaat met pensioen!")]
    [InlineData("Tussen ons gezegd: het cadeau voor meester Bas, die met pensioen gaat, is al gekocht.")]
    public void Check_ASchoolNoticeOrASurprise_IsNoLeak(string text) =>
        Assert.False(TestChecker.SchoolByRules(text, "karin.mulder").Has(Categories.Confidential));

    [Theory]
    [InlineData("Pittige sportdag voor groep 5 😮‍💨")]
    [InlineData("Groep 8 had vandaag een pittige rekentoets 😮 Morgen volgt de uitslag.")]
    [InlineData("Zware tassen vandaag: groep 4 neemt alle knutselwerkjes mee naar huis. Poeh!")]
    [InlineData("Vul het formulier in om toestemming te vragen voor de excursie; het formulier mag in de brievenbus.")]
    public void Check_ASchoolsOwnHardDayOrForm_IsNoComplaint(string text) =>
        Assert.False(TestChecker.SchoolByRules(text, "karin.mulder").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Groep 8 had vandaag een pittige rekentoets 😮 Morgen volgt de uitslag.")]
    [InlineData("Pittige toets voor groep 6 vandaag. Morgen gaan we op excursie. Daarna de ouderavond nog voorbereiden, pff.")]
    public void Check_ASurpriseOrASighFarFromTheClass_IsNoComplaintOnAPersonalAccount(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn groep is dit jaar een uitdaging, zucht.")]
    [InlineData("Pittig jaartje met groep 8, dat mag ik wel zeggen 😮‍💨")]
    public void Check_ATeachersSighOverTheirClass_StaysAComplaint(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));
}
