namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the seventh pass over the school categories (issue 9, batch fresh11-school), each
/// with a contrast, in sentences written for this test: settlements and fte cuts, a paper on its way to the board,
/// when the team hears it, a draft report, a closure heard in passing, a report to the police or Veilig Thuis, a
/// colleague named by role with their health; a leader's judgement or norm on education; an invitation to talk it
/// over in person; a colleague pointed out by "mijn" or "onze" as an identifiable person.
/// </summary>
public class SeventhPassSchoolPatternTests
{
    private static bool Confidential(CheckResult result) => result.Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("Deze week twee beëindigingsovereenkomsten getekend, het blijft zwaar werk.")]
    [InlineData("Volgend jaar moeten er op onze school drie fte eruit.")]
    [InlineData("De notitie over de nieuwe locaties gaat volgende week naar de raad van toezicht.")]
    [InlineData("De collega's horen het pas in maart, maar de groepen 3 en 4 worden samengevoegd.")]
    [InlineData("Het conceptrapport van de accountant ligt op mijn bureau.")]
    [InlineData("Ik heb gehoord dat de dependance aan de Molenweg gaat sluiten.")]
    [InlineData("Er is aangifte gedaan bij de politie tegen een collega.")]
    [InlineData("Onze teamleider zit sinds de herfstvakantie thuis met een burn-out.")]
    [InlineData("Zeg maar niks tegen de ouders, maar de musical gaat niet door vanwege de formatie.")]
    public void Check_SeventhPassHints_AreConfidential(string text) =>
        Assert.True(Confidential(TestChecker.Personal(text, "mark.willems")), text);

    [Theory]
    [InlineData("Voor de jaarrekening van de voetbalclub heb ik nog wat doorrekeningen gedaan voor de kantine.")]
    [InlineData("Ik heb gehoord dat de musical geweldig was, wat jammer dat ik er niet bij kon zijn!")]
    [InlineData("Wat fijn dat onze teamleider na de herfstvakantie weer zo energiek is begonnen.")]
    [InlineData("Heeft u zorgen over een kind? Veilig Thuis is dag en nacht bereikbaar op 0800-2000.")]
    [InlineData("De bibliotheek gaat om vijf uur dicht, haal de boeken dus op tijd op.")]
    public void Check_SeventhPassContrasts_AreNotConfidential(string text) =>
        Assert.False(TestChecker.Personal(text, "mark.willems").Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Huiswerk in groep 4 is gewoon achterhaald.")]
    [InlineData("Tablets horen niet in de kleuterklas.")]
    [InlineData("Ik begrijp niet waarom scholen nog steeds rapportcijfers geven in groep 5.")]
    [InlineData("Dat hele plan voor een verlengde schooldag levert kinderen niets op.")]
    [InlineData("De overheid zou veel meer in kleinere klassen moeten investeren.")]
    public void Check_LeaderJudgesOrSetsANorm_IsDoubt(string text) =>
        Assert.True(TestChecker.Personal(text, "youssef.bakker").Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Laten we zeggen dat de kinderen na het schoolreisje heel goed hebben geslapen.")]
    [InlineData("Wat een prachtige voorstelling van groep 6 vanavond in de aula.")]
    public void Check_LeaderTellsNews_IsNoOpinion(string text) =>
        Assert.False(TestChecker.Personal(text, "youssef.bakker").Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_TeacherJudgesEducation_IsAdviceOnly() =>
        Assert.True(TestChecker.Personal("Huiswerk in groep 4 is gewoon achterhaald.", "tom.hendriks").Has(Categories.Capacity, Severity.Advice));

    [Fact]
    public void Check_ReplyInvitingAParentForCoffee_IsNotDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Waarom zit mijn zoon steeds alleen aan een tafeltje?");

        Assert.False(TestChecker.School("Fijn dat u het vraagt. Zullen we donderdag samen koffie drinken? Dan praten we erover.", reply: reply).Has(Categories.Discussion));
    }

    [Fact]
    public void Check_ReplyHoldingARuleAgainstAPupil_IsDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Student, "Noah Bos", "waarom mogen we geen petten op in de klas");

        Assert.True(TestChecker.School("Afspraak is afspraak, Noah. Dat hebben jullie in september zelf met de klas afgesproken.", reply: reply).Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_OwnColleagueByRoleWithHealth_IsPersonalData() =>
        Assert.True(TestChecker.Personal("Mijn duo-collega ligt sinds vrijdag in het ziekenhuis.", "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_ColleaguesInThePlural_AreNotOnePerson() =>
        Assert.False(TestChecker.Personal("Onze leerkrachten kregen vandaag een workshop over hoogbegaafdheid.", "fatima.yilmaz").Has(Categories.PersonalData));

    [Fact]
    public void Check_ColleagueGreetedByNameThenAddressedWithHealth_IsConfidentialAndPersonal()
    {
        var result = TestChecker.School("Welkom terug, juf Fatima! Fijn dat je na je operatie zo goed hersteld bent.", "karin.mulder");

        Assert.True(Confidential(result));
        Assert.True(result.Has(Categories.PersonalData, Severity.Block));
    }

    [Fact]
    public void Check_ColleagueGreetedByNameAfterAHoliday_IsNothing() =>
        Assert.False(Confidential(TestChecker.School("Welkom terug, juf Fatima! Fijn dat je na je reis door Japan weer in de klas staat.", "karin.mulder")));

    [Theory]
    [InlineData("Vandaag twee exitgesprekken gehad met collega's die naar het voortgezet onderwijs gaan.")]
    [InlineData("We werken aan een scenario waarin de twee dorpsscholen samengaan.")]
    [InlineData("Het team krijgt pas na de voorjaarsvakantie te horen hoe de groepen worden verdeeld.")]
    [InlineData("Ik mag het nog niet vertellen, maar het lesrooster gaat flink op de schop.")]
    public void Check_SecondRoundHints_AreConfidential(string text) =>
        Assert.True(Confidential(TestChecker.Personal(text, "mark.willems")), text);

    [Theory]
    [InlineData("We hebben een scenario voor de schoolmusical bedacht: alles speelt zich af in de jungle.")]
    [InlineData("Ouders krijgen de foto's na de schoolreis via Parro.")]
    public void Check_SecondRoundContrasts_AreNotConfidential(string text) =>
        Assert.False(TestChecker.Personal(text, "mark.willems").Has(Categories.Confidential), text);

    [Fact]
    public void Check_NamedPupilWhoseHomeIsNotGoingWell_Blocks() =>
        Assert.True(TestChecker.School("Liam is een schat, maar thuis gaat het op dit moment niet goed.", "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_NamedPupilWhoseHomeIsFine_IsNotPersonalData() =>
        Assert.False(TestChecker.School("Liam vertelde trots dat het thuis met de nieuwe puppy heel goed gaat.", "fatima.yilmaz").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_ReplyDefendingWhatTheSchoolAlwaysDoes_IsDiscussionEvenWithACall()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Hanneke Jacobs", "Mijn dochter is vandaag geduwd in de rij, wat doen jullie daar aan?");

        Assert.True(TestChecker.School("Wat naar om te horen. We letten er elke pauze op, maar ik ga het na. Belt u mij morgen?", "youssef.bakker", "kompas", reply).Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_ReplyOnlyAskingTheParentToCall_IsNotDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Hanneke Jacobs", "Mijn dochter is vandaag geduwd in de rij, wat doen jullie daar aan?");

        Assert.False(TestChecker.School("Wat naar om te horen. Belt u mij morgen even, dan zoeken we het samen uit?", "youssef.bakker", "kompas", reply).Has(Categories.Discussion));
    }

    [Fact]
    public void Check_ThemeFollowedByASpeakerInTheNextParagraph_IsNoQuote() =>
        Assert.False(TestChecker.Organisation("Het thema van de studiedag: 'Elk kind telt, elke dag opnieuw'.\n\nDaarna sprak de wethouder de zaal toe.").Has(Categories.Quote));

    [Fact]
    public void Check_WordsAttributedToASpeakerInTheSameSentence_AreAQuote() =>
        Assert.True(TestChecker.Organisation("'Elk kind telt, elke dag opnieuw', sprak de wethouder op onze studiedag.").Has(Categories.Quote, Severity.Doubt));
}
