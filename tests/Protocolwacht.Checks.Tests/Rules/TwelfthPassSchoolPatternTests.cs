using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twelfth pass over the school categories (issue 9, batch fresh18-school8), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a pupil's name
/// in apposition opening the sentence; results without a grade word; a sanction without the word punishment; rumour as
/// news about staff or plans; a leader's rule of thumb; sarcasm about devices and the planning; a health word as the
/// topic of a workshop; a practical or factual answer to a parent or pupil; every part of a work copied.
/// </summary>
public class TwelfthPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "youssef.bakker");

    private static CheckResult Reply(string text, ReplyRole role, string incoming) =>
        TestChecker.RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.School, "kompas", "facebook"), "noor.peters",
            new ReplyContext(role, role == ReplyRole.Parent ? "Hanneke Jacobs" : "Julia Schouten", incoming), []));

    [Theory]
    [InlineData("Guus, onze vrolijkste kleuter, ligt sinds zondag met een longontsteking in het ziekenhuis.")]
    [InlineData("Sophie, een van mijn stilste leerlingen, woont sinds de zomer in een pleeggezin.")]
    [InlineData("Jens, mijn held van het schoolplein, is vorige week aan zijn blindedarm geopereerd.")]
    public void Check_NameInAppositionOpeningTheSentenceWithASensitiveFact_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Guus, onze vrolijkste kleuter, mocht vandaag de taart aansnijden voor het afscheid van de juf.")]
    [InlineData("Vandaag, de laatste dag voor de vakantie, ligt er een ziekenhuis van karton in de bouwhoek.")]
    [InlineData("Sophie, een van mijn stilste leerlingen, las vandaag voor aan de hele klas.")]
    public void Check_AppositionWithoutASensitiveFactOrWithoutAChild_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Fenne uit groep 7 heeft de rekentoets van blok 4 met een 2 afgesloten.")]
    [InlineData("Milo uit groep 8 heeft zijn zwemdiploma B weer niet gehaald.")]
    public void Check_AResultWithoutAGradeWord_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Groep 7 sluit het blok breuken vrijdag af met een korte toets.")]
    [InlineData("Alle kinderen van groep 8 hebben hun zwemdiploma B gehaald!")]
    public void Check_ResultsOfNoOne_AreNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Kyan uit groep 6 is vanochtend naar huis gestuurd wegens zijn gedrag bij de gymles.")]
    [InlineData("Kyan uit groep 6 moest de hele middag bij de directeur zitten na de ruzie op het plein.")]
    [InlineData("Kyan uit groep 6 is na de pauze alweer uit de les gestuurd.")]
    public void Check_ASanctionOfAPupilWithoutThePunishmentWord_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Kyan uit groep 6 is vanochtend met buikpijn naar huis gegaan, zijn moeder haalde hem op.")]
    [InlineData("Vanwege de hitte worden alle kinderen om twaalf uur naar huis gestuurd.")]
    public void Check_GoingHomeWithoutASanction_IsNoPunishment(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Volgens de geruchten gaan de twee kleuterklassen na de kerst samen en verdwijnt er een juf.")]
    [InlineData("Naar verluidt wordt onze dependance volgend jaar gesloopt.")]
    [InlineData("Het schijnt dat er een nieuwe adjunct komt, iemand van een andere stichting.")]
    public void Check_RumourAboutStaffOrPlans_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Het schijnt dat het zaterdag dertig graden wordt, dus neem allemaal een pet mee naar de sportdag.")]
    [InlineData("Het gerucht dat de schoolreis niet doorgaat klopt niet: we gaan gewoon op 14 juni.")]
    [InlineData("Naar verluidt gaat de sporthal in het dorp volgend jaar dicht en wordt het zwembad gesloopt.")]
    public void Check_RumourAboutNothingInternalOrDenied_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Mijn stelregel als schoolleider: geen nieuwe methode zonder dat het team meebeslist.")]
    [InlineData("Hoe kleiner de groepen in de onderbouw, hoe minder kinderen later uitvallen.")]
    [InlineData("Een nieuwe toets per jaar erbij werkt nooit in het basisonderwijs.")]
    public void Check_ALeadersRuleOfThumbOnEducation_IsCapacityDoubt(string text) =>
        Assert.True(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_ALeadersRuleOfThumbOutsideEducation_IsNoCapacityFinding() =>
        Assert.False(Leader("Mijn stelregel op vakantie: elke dag één ijsje, niet meer.").Has(Categories.Capacity));

    [Theory]
    [InlineData("De helft van de laptops laadt niet op. Wat een luxe, zo'n digitale toetsweek 🤡")]
    [InlineData("Hulde aan wie de planning maakte: twee musicals op dezelfde avond.")]
    public void Check_SarcasmAboutDevicesOrThePlanning_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Sinds de zomer werken alle laptops weer. Wat een luxe!")]
    [InlineData("Hulde aan wie de planning maakte: alle ouderavonden netjes verspreid over twee weken.")]
    [InlineData("Het digibord in lokaal 3 hapert niet meer sinds de update, prima geregeld 👌")]
    public void Check_SincerePraiseOfDevicesOrPlanning_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Onze logopedist houdt donderdag een inloopochtend over stotteren en dyslexie.")]
    [InlineData("Meester Jeroen volgde een cursus over ADHD in de klas.")]
    public void Check_AHealthWordAsTheTopicOfATalk_IsNoPersonalDataOrPersonnelMatter(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.False(result.Has(Categories.PersonalData), text);
        Assert.False(result.Has(Categories.Confidential), text);
    }

    [Fact]
    public void Check_AHealthWordThatIsSomeonesAfterOver_IsStillPersonalData() =>
        Assert.True(TestChecker.PersonalByRules("Meester Jeroen vertelde de klas over zijn operatie aan zijn knie.").Has(Categories.PersonalData, Severity.Block));

    [Fact]
    public void Check_APracticalAnswerWithGewoonOpen_IsNoDiscussionUnlessDisputed()
    {
        var asked = Reply("De fietsenstalling is gewoon open vanaf 8.00 uur.", ReplyRole.Parent, "Is de fietsenstalling 's ochtends ook open?");
        var disputed = Reply("De fietsenstalling is gewoon open vanaf 8.00 uur.", ReplyRole.Parent, "Belachelijk dat de stalling steeds dicht zit!");

        Assert.False(asked.Has(Categories.Discussion));
        Assert.True(disputed.Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_AFactualAnswerToAWhyQuestion_IsNoDiscussionButARuleHeldAgainstThePupilIs()
    {
        var factual = Reply("Het speellokaal is dicht omdat er een nieuwe vloer in komt. Maandag spelen we er weer.", ReplyRole.Student, "waarom is het speellokaal dicht");
        var rule = Reply("Omdat de regel voor iedereen geldt, ook voor jou.", ReplyRole.Student, "waarom is het speellokaal dicht voor ons");
        var mustQuestion = Reply("Omdat de kinderen daar de meeste rust hebben.", ReplyRole.Parent, "Waarom moeten de kleuters binnen eten?");

        Assert.False(factual.Has(Categories.Discussion));
        Assert.True(rule.Has(Categories.Discussion, Severity.Doubt));
        Assert.True(mustQuestion.Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_EveryPartOfAWorkCopied_IsCopyrightButOneSheetIsNot()
    {
        Assert.True(TestChecker.PersonalByRules("Alle hoofdstukken van het nieuwe leesboek gescand, hieronder te vinden.").Has(Categories.Copyright, Severity.Block));
        Assert.False(TestChecker.PersonalByRules("Alle kinderen hebben een werkblad gekregen, hieronder een foto.").Has(Categories.Copyright));
    }
}
