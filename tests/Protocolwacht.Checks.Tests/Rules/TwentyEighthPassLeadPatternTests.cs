namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 47, judged by the rules alone, in sentences written for this test (found by
/// fresh34-lead-heldout, where both posts were blocked; every sentence of the first and third theory was blocked before
/// the fix):
/// <list type="bullet">
/// <item>a capitalised word right after a word for a town or village (class <c>settlement</c>: "het dorpje Fucking")
/// names the place, as after a preposition of place; the same letters as a curse after such a word, shouted or in lower
/// case, still block;</item>
/// <item>an insult word in a sentence with a verb of acting, after a sentence set in a play, film or story, names the part
/// played ("… de musical Oliver. Julia speelt die rotzak"); without the play, or without the acting verb, it stays an
/// insult;</item>
/// <item>any word of the organisation's change (class <c>organisation-change</c>: fuseren, opheffen, verhuizen, halveren),
/// not only its nouns, is news kept back when it is made public only later (before, only "fusie", "sluiting" and a few
/// more were listed; two of the five sentences passed and three were only doubted); a contest's winners or test results
/// made public later are not;</item>
/// <item>a group's "typical" habit told in a verbless exclamation ("Die X ook altijd met hun …") is a generalisation about
/// the whole group (block; before, the first four sentences were only doubted by the learned model and the fifth passed);
/// praise or a negation is none;</item>
/// <item>a hope about the organisation or the work taken back by "Niet dus." is irony, a complaint told politely (doubt;
/// all five passed before); a hope about the weather, a holiday or a bike names no school matter.</item>
/// </list>
/// </summary>
public class TwentyEighthPassLeadPatternTests
{
    [Theory]
    [InlineData("Onderweg naar Wenen stopten we in het dorpje Fucking, dat nu Fugging heet.")]
    [InlineData("Het plaatsje Kutina ligt aan de snelweg naar Zagreb.")]
    [InlineData("We logeerden een week in het gehucht Fucking bij de Duitse grens.")]
    [InlineData("De gemeente Kutina heeft een prachtig stadhuis.")]
    [InlineData("Ons hotel stond in de gemeente Fucking, vlak bij Salzburg.")]
    public void Check_ANameAfterAWordForATown_IsNoCurse(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Profanity));

    [Theory]
    [InlineData("Het dorp is fucking saai.")]
    [InlineData("Wat een kutdorp is dit.")]
    [InlineData("In de stad FUCKING druk vandaag.")]
    [InlineData("Dat gehucht is echt kut.")]
    [InlineData("Wat een stad, kut zeg.")]
    public void Check_ACurseBesideAWordForATown_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Profanity));

    [Theory]
    [InlineData("In de musical van groep 8 is Daan de boze koning. Hij speelt die rotzak geweldig.")]
    [InlineData("Ons toneelstuk gaat over een gemene tovenaar. Sara speelt die schoft met veel plezier.")]
    [InlineData("Vanavond de film over Pinokkio. Tom vertolkt die sukkel perfect.")]
    [InlineData("Groep 8 doet de musical Oliver. Julia speelt die rotzak van een Fagin.")]
    [InlineData("Het sprookje van Roodkapje staat op het programma. Liam speelt de wolf, een echte rotzak.")]
    public void Check_APartPlayedAfterASentenceAboutAPlay_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("We spelen vanavond tegen de buren. Die scheidsrechter is een rotzak.")]
    [InlineData("Wat een film gisteren. Die buurman is een eikel.")]
    [InlineData("Het toneelstuk was leuk. Die conciërge is een sukkel.")]
    [InlineData("Hij speelt altijd de baas, die rotzak.")]
    [InlineData("Mijn zoon speelt voetbal. Die trainer is een sukkel.")]
    public void Check_AnInsultWithoutAPlayOrWithoutActing_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("De gymzaal wordt gesloopt, maar dat wordt pas na de zomer bekendgemaakt.")]
    [InlineData("De twee scholen gaan fuseren, maar dat maken we pas in mei bekend.")]
    [InlineData("De dependance wordt opgeheven; dat wordt pas na de kerstvakantie aangekondigd.")]
    [InlineData("Onze school verhuist naar de nieuwbouw, maar dat wordt pas in maart bekendgemaakt.")]
    [InlineData("Het bestuur gaat de bovenbouwgroepen halveren. Dat wordt pas na de vergadering bekendgemaakt.")]
    public void Check_AnOrganisationChangeMadePublicOnlyLater_BlocksConfidential(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Confidential));

    [Theory]
    [InlineData("De winnaars van de tekenwedstrijd worden pas na de vakantie bekendgemaakt.")]
    [InlineData("De Cito-uitslagen worden pas in juni bekendgemaakt.")]
    [InlineData("De datum van de kerstmarkt wordt pas volgende week aangekondigd.")]
    [InlineData("Het thema van de projectweek maken we pas na de herfstvakantie bekend.")]
    [InlineData("Welke klas de sponsorloop wint, wordt pas vrijdag bekendgemaakt.")]
    public void Check_WinnersOrResultsMadePublicLater_AreNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential));

    [Theory]
    [InlineData("Die Belgen ook altijd met hun gezeur over de grens.")]
    [InlineData("Die Roemenen ook weer met hun smoesjes.")]
    [InlineData("Die moslims ook altijd met die hoofddoekjes van ze.")]
    [InlineData("Typisch, die Polen ook altijd met hun drank.")]
    [InlineData("Die Turken ook altijd met hun harde muziek op straat.")]
    public void Check_AGroupsTypicalHabitInAnExclamation_Blocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("De Surinamers ook altijd met hun heerlijke gastvrijheid!")]
    [InlineData("Mijn Marokkaanse buren komen ook altijd met hun lekkerste hapjes langs, zo lief.")]
    [InlineData("De Italianen in onze straat: ook altijd met hun mooie tuinen bezig.")]
    [InlineData("Die Polen zijn niet altijd met hun drank bezig, dat is een vooroordeel.")]
    [InlineData("Onze Syrische collega's komen ook altijd met hun ideeën, dank jullie wel.")]
    public void Check_PraiseOrDenialOfAGroupsHabit_IsNoHate(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Fijn dat de directie eindelijk naar het team luistert. Niet dus.")]
    [InlineData("Blij dat het nieuwe rooster eindelijk rust brengt. Niet dus.")]
    [InlineData("Eindelijk een werkende printer in de teamkamer. Niet dus.")]
    [InlineData("Gelukkig zou het bestuur ons vandaag antwoorden over de werkdruk. Niet dus.")]
    [InlineData("Mooi dat de studiedag eindelijk over ons vak zou gaan. Niet dus.")]
    public void Check_AHopeAboutTheWorkTakenBack_IsAComplaint(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text).SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Zou het vandaag eindelijk mooi weer worden? Niet dus.")]
    [InlineData("Dacht ik eindelijk vakantie te hebben. Niet dus, de kat was ziek.")]
    [InlineData("Blij met het uitje naar het museum? Niet dus: het was dicht vanwege de storm.")]
    [InlineData("Eindelijk zou de fiets gerepareerd zijn. Niet dus.")]
    [InlineData("Blij met de nieuwe bank? Niet dus, hij zit slecht.")]
    public void Check_AHopeAboutPrivateThingsTakenBack_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    // Review of issue 9 (item 7): a verb of "playing" far from the insult, or with no part after it, names no part (a school
    // post: the pupils of the school's roster are the ones insulted).
    [Theory]
    [InlineData("We speelden een spel. Daan speelde vals, wat een etter.")]
    [InlineData("De musical was gisteren. Sem speelde de hele avond op zijn telefoon, wat een sukkel.")]
    public void Check_PlayingWithoutAPartAfterAPlay_StillBlocks(string text) =>
        Assert.Equal(Severity.Block, TestChecker.SchoolByRules(text).SeverityOf(Categories.HarmfulStatement));
}
