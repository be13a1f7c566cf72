using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-second pass over the school categories (issue 9, batch fresh28-school18), rules
/// alone, each with five sentences in other words than the batches and look-alikes that stay allowed: a thing of the
/// building that fails for a time it has lasted; a wait for the organisation that lasts; a decision taken "eenzijdig",
/// "zonder overleg" or "over ons hoofd heen"; a teacher despairing of their own class; a named pupil kept from a normal
/// school activity; "zat" as the past of "zitten"; an untitled teaching method recorded whole; a reply that denies the
/// parent's own word.
/// </summary>
public class TwentySecondPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static CheckResult Reply(string question, string answer) =>
        TestChecker.RulesOnly.Check(new CheckRequest(answer, new AccountContext(AccountKind.School, "regenboog", "facebook"), "tom.hendriks",
            new ReplyContext(ReplyRole.Parent, "Ellen Bos", question), []));

    [Theory]
    [InlineData("Het digibord in lokaal 4 is al drie weken kapot.")]
    [InlineData("De verwarming in de aula hapert nog steeds.")]
    [InlineData("De printer in de teamkamer ligt er sinds vrijdag uit.")]
    [InlineData("Onze wifi doet het alweer niet, dus geen digitale les vandaag.")]
    [InlineData("Het is al weken snikheet in het speellokaal.")]
    [InlineData("De lift naar boven staat al maanden stil.")]
    public void Check_AFacilityFailingForALastingTime_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("De lift staat volgende week twee dagen stil voor onderhoud.")]
    [InlineData("De printer was kapot, maar is gisteren gerepareerd.")]
    [InlineData("Het is buiten al weken snikheet, neem een petje mee.")]
    [InlineData("In de klas hebben we een stuk taart gegeten.")]
    [InlineData("De nieuwe digiborden hangen sinds maandag in alle lokalen, wat een verschil!")]
    public void Check_AFacilityAsNewsOrRepaired_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Al vier maanden wachten we op de nieuwe leesboeken.")]
    [InlineData("Sinds de zomer wacht ons team op een reactie van het bestuur.")]
    [InlineData("Na een half schooljaar weten we nog steeds niet wie de bouw gaat coördineren.")]
    [InlineData("Al twee jaar hebben we nog altijd geen nieuwe meubels in de bovenbouw.")]
    [InlineData("Na vier weken hebben wij nog steeds geen rooster voor de gymzaal.")]
    public void Check_AWaitThatLasts_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("We wachten al weken op mooi weer voor de sportdag.")]
    [InlineData("We weten nog steeds niet wie de tekenwedstrijd wint!")]
    [InlineData("Na twee jaar sparen hebben we eindelijk een nieuwe speeltoestel.")]
    [InlineData("Al een jaar lang werken we met veel plezier met de nieuwe methode.")]
    [InlineData("Wacht even met aanmelden tot de brief komt.")]
    public void Check_AWaitWithPraiseOrWithoutASpan_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("De vergaderdagen zijn eenzijdig veranderd.")]
    [InlineData("Zonder enige inspraak is het nieuwe beleidsplan vastgesteld.")]
    [InlineData("Het werkverdelingsplan is over de hoofden van het team heen bepaald.")]
    [InlineData("De klassenindeling is zonder overleg met de leerkrachten gewijzigd.")]
    [InlineData("Mijn taken zijn van de ene op de andere dag eenzijdig aangepast.")]
    public void Check_ADecisionWithoutThoseItConcerns_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("In overleg met de MR hebben we de schooltijden aangepast.")]
    [InlineData("Het team heeft samen met de directie de nieuwe pauzetijden bepaald.")]
    [InlineData("Het kabinet heeft eenzijdig de regels voor de bekostiging veranderd.")]
    [InlineData("Zonder twijfel de mooiste schoolreis ooit, dat hebben de kinderen zelf bepaald.")]
    [InlineData("De kinderen hebben zelf de klassenregels vastgesteld.")]
    public void Check_ADecisionTakenTogetherOrNational_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Mijn groep 6 is dit jaar ronduit lui.")]
    [InlineData("Ik word horendol van mijn klas, elke dag hetzelfde liedje.")]
    [InlineData("Ik word tureluurs van mijn kleuters, ze rennen de hele dag door de klas.")]
    [InlineData("Wat een zootje heb ik dit jaar in mijn groep.")]
    [InlineData("Die kleuters van mij zijn vandaag onuitstaanbaar.")]
    public void Check_ATeacherDespairingOfTheirOwnClass_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Mijn groep is gek op voetbal.")]
    [InlineData("Wat een stelletje kanjers heb ik in mijn klas!")]
    [InlineData("Mijn leerlingen waren vandaag heerlijk enthousiast.")]
    [InlineData("Mijn groep was een beetje moe na het schoolreisje, maar wat een mooie dag.")]
    [InlineData("Het is hopeloos weer, maar mijn klas gaat toch naar buiten.")]
    public void Check_ATeacherWarmAboutTheirClass_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Liam mag donderdag niet mee naar de excursie.")]
    [InlineData("Sara krijgt deze week geen pauze met de anderen.")]
    [InlineData("Noah mocht gisteren niet meedoen met de zwemles.")]
    [InlineData("Daan moet morgen tijdens het speelkwartier binnen blijven.")]
    [InlineData("Emma mag dit jaar niet mee op schoolkamp.")]
    public void Check_ANamedPupilKeptFromASchoolActivity_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Liam mag donderdag mee naar de excursie!")]
    [InlineData("Door het onweer moeten alle kinderen tijdens het speelkwartier binnen blijven.")]
    [InlineData("Kinderen zonder fiets kunnen helaas niet mee naar de excursie.")]
    [InlineData("Sara mag als eerste kiezen bij de sportdag.")]
    [InlineData("Groep 7 krijgt geen huiswerk in de week van het schoolkamp.")]
    public void Check_AnActivityForEveryoneOrAllowed_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Ik zat vanochtend bij de directeur voor mijn functioneringsgesprek.")]
    [InlineData("Gisteren zat het hele team bij de directeur aan tafel voor de jaarplanning.")]
    [InlineData("We zaten met de MR bij de directie om de begroting door te nemen.")]
    [InlineData("De stagiaire zat vanmiddag bij de directeur voor haar eindgesprek.")]
    [InlineData("Ik zat naast de directeur bij de opening van het schooljaar.")]
    public void Check_AnAdultSittingWithTheHead_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Fact]
    public void Check_BeingFedUpWithTheBoard_IsStillAComplaint() =>
        Assert.True(Complaint("Ik ben het zat met dit bestuur."));

    [Theory]
    [InlineData("Ik heb de complete taalmethode ingesproken en op YouTube gezet.")]
    [InlineData("Alle hoofdstukken uit ons leesboek staan nu als podcast online.")]
    [InlineData("Het hele werkboek van groep 4 is voorgelezen en staat op ons kanaal.")]
    [InlineData("Alle lessen van de rekenmethode zijn gefilmd en te zien op de website.")]
    [InlineData("De volledige lesmethode voor begrijpend lezen is als luisterboek te downloaden.")]
    public void Check_AnUntitledMethodRecordedWhole_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Ik heb het hele boek in de klas voorgelezen, de kinderen vonden het prachtig.")]
    [InlineData("Alle kinderen hebben een nieuw leesboek gekregen; bekijk het filmpje van de uitreiking!")]
    [InlineData("In een eigen filmpje leg ik uit hoe de rekenmethode werkt.")]
    [InlineData("Groep 5 heeft een video gemaakt over hun favoriete boek.")]
    [InlineData("Alle lessen van deze week staan in de agenda op de website.")]
    public void Check_AMethodReadInClassOrOwnVideo_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Er is vandaag helemaal geen toets geweest!", "Er is wel een toets geweest, in het derde uur.")]
    [InlineData("Mijn dochter is nooit uitgenodigd voor het oudergesprek.", "Iedereen is wel uitgenodigd, via de ouderapp.")]
    [InlineData("Jullie hebben de schoolfoto's kwijtgemaakt.", "Er is niets kwijtgemaakt, de foto's komen volgende week.")]
    [InlineData("De meester heeft mijn zoon gestraft voor niks.", "Niemand is gestraft, we hebben alleen even gepraat.")]
    [InlineData("De gymles is weer overgeslagen.", "De gymles is juist niet overgeslagen, hij was in de sporthal.")]
    public void Check_AReplyDenyingTheParentsOwnWord_IsDiscussion(string question, string answer) =>
        Assert.True(Reply(question, answer).Has(Categories.Discussion, Severity.Doubt), answer);

    [Theory]
    [InlineData("Wanneer is de ouderavond?", "De ouderavond is op dinsdag om zeven uur.")]
    [InlineData("Bedankt voor de mooie schoolreis!", "Dank u wel, de schoolreis was ook voor ons een feest.")]
    [InlineData("Kan mijn zoon morgen eerder weg voor de tandarts?", "Dat kan, geeft u het even door aan de juf.")]
    [InlineData("Wat was het schoolfeest gezellig!", "Ja, het schoolfeest was zeker geslaagd, dank voor uw hulp.")]
    [InlineData("Is de gymles morgen buiten?", "Ja, de gymles is morgen buiten op het veld.")]
    public void Check_AReplyTakingUpTheWordWithoutDenial_IsNoDiscussion(string question, string answer) =>
        Assert.False(Reply(question, answer).Has(Categories.Discussion), answer);
}
