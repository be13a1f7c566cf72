using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-sixth pass over the school categories (issue 9, batch fresh32-school22), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: a named pupil's punishment told
/// by what was done and why; a whole work of a method handed out as a file; the board's word quoted back after "weer";
/// a tiring span of the day with the own class; and the capacity advice on a harmful post about someone at school.
/// </summary>
public class TwentySixthPassSchool22PatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool NoComplaint(string text) => !TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement);

    [Theory]
    [InlineData("Liam moest vanmiddag de gymles uit omdat hij bleef duwen.")]
    [InlineData("Sara kon zich vandaag niet gedragen tijdens het voorlezen.")]
    [InlineData("Noah heeft de hele pauze binnen gezeten na het gedoe op het plein.")]
    [InlineData("Sara moest na het laatste uur nog een kwartier blijven.")]
    [InlineData("Liam kan zijn handen niet thuishouden bij het buitenspelen.")]
    public void Check_ANamedPupilsPunishmentToldByWhatWasDone_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Noah moest vanochtend de klas uit om de post naar de conciërge te brengen.")]
    [InlineData("Sara kon zich niet inhouden van het lachen bij de voorstelling.")]
    [InlineData("Liam heeft de hele pauze binnen gezeten om aan zijn werkstuk te werken.")]
    [InlineData("Noah heeft de pauze binnen gezeten vanwege de regen.")]
    [InlineData("Noah moest na het laatste uur nog blijven om de juf te helpen.")]
    public void Check_APupilOutOfClassForAPurposeOrThePleasure_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("De hele les 8 van Taalzee hebben we als pdf naar de ouders gestuurd.")]
    [InlineData("Het complete werkboek van De Wereld in Getallen staat als pdf in de klassenmap.")]
    [InlineData("De volledige handleiding van Snappet, als scan voor wie hem mist.")]
    [InlineData("Ik stuur jullie het hele hoofdstuk 3 uit Naut als pdf.")]
    [InlineData("Alle werkbladen uit blok 2 van Rekenrijk als pdf in de ouderapp.")]
    public void Check_AWholeWorkOfAMethodHandedOutAsAFile_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Het complete programma van de schoolreis staat als pdf op de site.")]
    [InlineData("Onze eigen werkbladen over de herfst staan als pdf in de ouderapp.")]
    [InlineData("We werken dit jaar met de hele methode Taalzee, van groep 4 tot groep 8.")]
    [InlineData("De volledige nieuwsbrief van deze maand staat als pdf op de site.")]
    [InlineData("Groep 6 heeft het hele boek van Dolfje Weerwolfje uitgelezen!")]
    public void Check_OwnWorkAsAFileOrAMethodMentioned_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Alweer een mail van de directie over 'professionele cultuur'.")]
    [InlineData("Weer een memo van het bestuur over 'duurzame inzetbaarheid'. Nou, nou.")]
    [InlineData("Vandaag weer een presentatie van de schoolleiding over 'innovatie'.")]
    [InlineData("Telkens weer een bericht van het bestuur over 'wendbaarheid'.")]
    [InlineData("Wederom een brief van het MT over 'ruimte voor talent'.")]
    public void Check_TheBoardsWordQuotedBackAfterAgain_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Een mail van het bestuur over 'samen leren': de inschrijving voor de studiedag is open.")]
    [InlineData("Weer een mooie mail van de directie over 'samen sterk', dank jullie wel!")]
    [InlineData("De gemeente stuurt weer een brief over 'veilig naar school'.")]
    [InlineData("Weer een mail van de voetbalclub over 'fair play'.")]
    [InlineData("Het bestuur schrijft in de nieuwsbrief over 'eigenaarschap'. Fijn om te lezen.")]
    public void Check_TheBoardsWordAsNewsOrPraise_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Wat een slopende middag met deze klas.")]
    [InlineData("Pittige ochtend met mijn groep, niemand luisterde.")]
    [InlineData("Een vermoeiende week met dit groepje.")]
    [InlineData("Zware dag met onze kleuters.")]
    [InlineData("Lastige middag met die klas.")]
    public void Check_ATiringSpanWithTheClass_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Wat een taaie klus met deze verhuizing.")]
    [InlineData("Een pittige wandeling met mijn hond vandaag.")]
    [InlineData("Wat een heerlijke middag met deze klas!")]
    [InlineData("Zware week met mijn verhuizing, maar het huis staat.")]
    [InlineData("Een lange dag met de kinderen van groep 8 in de dierentuin, wat een plezier!")]
    public void Check_ATiringJobOrAHappySpan_IsNoComplaint(string text) =>
        Assert.True(NoComplaint(text), text);

    [Theory]
    [InlineData("Die invalkracht is een complete idioot.")]
    [InlineData("Die boze vader krijgt nog een klap van mij.")]
    [InlineData("Die nieuwe stagiaire is echt een sukkel.")]
    [InlineData("Die conciërge is een luie sukkel.")]
    [InlineData("Die moeder is een leugenaar, en dat weet iedereen.")]
    public void Check_AHarmfulPostAboutSomeoneAtSchool_GetsTheCapacityAdvice(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
        Assert.True(result.Has(Categories.Capacity, Severity.Advice), text);
    }

    [Theory]
    [InlineData("Die buurman is een complete idioot.")]
    [InlineData("Die agent is echt een sukkel.")]
    [InlineData("Die scheidsrechter is een luie sukkel.")]
    [InlineData("Die vrouw bij de kassa is een leugenaar.")]
    [InlineData("Die journalist krijgt nog een klap van mij.")]
    public void Check_AHarmfulPostAboutSomeoneElse_GetsNoCapacityAdvice(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
        Assert.False(result.Has(Categories.Capacity), text);
    }
}
