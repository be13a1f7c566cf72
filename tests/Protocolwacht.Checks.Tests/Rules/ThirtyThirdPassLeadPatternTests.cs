namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fix of stop 52, judged by the rules alone, in sentences written for this test (found by
/// fresh39-lead-heldout): the binominal construction, in which a dehumanising noun before "van een" judges the person after
/// it ("dat varken van een vader"), blocks as an insult; an animal someone keeps ("die goudvis van een leerling"), a
/// definite article ("de rat van een collega") or a possessor of the person ("… van een collega van mij") reads it as owned;
/// a group named after another in the sentence is generalised as the first would be ("…, typisch Polen"); and a children's count ("nog 12 nachtjes slapen") closing a post about work counts down to the end of it.
/// </summary>
public class ThirtyThirdPassLeadPatternTests
{
    [Theory]
    [InlineData("Dat zwijn van een buurvader parkeert elke ochtend op de stoep.")]
    [InlineData("Die rat van een conciërge heeft mijn fiets weer weggezet.")]
    [InlineData("Zo'n hyena van een moeder, altijd roddelen op het schoolplein.")]
    [InlineData("Die slang van een collega heeft alles doorverteld.")]
    [InlineData("Dat uitschot van een scheidsrechter floot alles voor de thuisploeg.")]
    public void Check_ADehumanisingNounOfAPerson_IsAnInsult(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die goudvis van een leerling is vannacht doodgegaan.")]
    [InlineData("Die hond van een collega zat de hele middag in de personeelskamer.")]
    [InlineData("De rat van een leerling is tijdens de spreekbeurt ontsnapt.")]
    [InlineData("Die rat van een collega van mij is ontsnapt uit zijn kooi.")]
    [InlineData("Een schat van een kind, die nieuwe leerling.")]
    public void Check_AnAnimalSomeoneOwns_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Wat een dag weer met groep 6. Nog 9 nachtjes slapen.")]
    [InlineData("Drie oudergesprekken na half zes. Nog maar 5 nachtjes slapen...")]
    [InlineData("Rapporten, rapporten, rapporten. Nog 14 nachtjes slapen")]
    public void Check_AChildrensCountClosingAPostAboutWork_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "eva.degroot").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("De kinderen hebben de kerstboom versierd. Nog 12 nachtjes slapen!")]
    [InlineData("Nog 12 nachtjes slapen en dan is het kerstfeest op school.")]
    [InlineData("Wat een dag weer met groep 6. Nog 9 nachtjes slapen en dan gaan we op kamp!")]
    public void Check_AChildrensCountLookingForward_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "eva.degroot").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Die vrouwen met hun kinderwagens op het fietspad, echt typisch Somaliërs.")]
    [InlineData("Twee mannen op de fiets zonder licht, typisch Polen.")]
    [InlineData("Drie jongens met harde muziek in de bus, typisch Antillianen weer.")]
    public void Check_ALaterGroupGeneralised_IsHate(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "mark.willems").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Onze vrouwen maakten een typisch Turkse maaltijd voor het buurtfeest.")]
    [InlineData("Twee mannen op de fiets zonder licht, ik schrok me rot.")]
    public void Check_ALaterGroupDescribingAThing_IsNoHate(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "mark.willems").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Op het directieoverleg bleek dat de locatie aan de Dorpsstraat volgend jaar sluit.")]
    [InlineData("Op de personeelsvergadering is besloten dat er drie collega's weg moeten.")]
    [InlineData("We moeten volgend jaar drie formatieplaatsen inleveren, zei de directeur.")]
    public void Check_WhatAMeetingRevealedAboutJobs_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text, "noor.peters").Has(Categories.Confidential));

    [Theory]
    [InlineData("Terugblik op de teamvergadering: we kozen samen een nieuwe leesmethode. Ouders lezen er meer over in de nieuwsbrief.")]
    [InlineData("Op de teamvergadering vierden we het jubileum van juf Ans met taart.")]
    public void Check_AMeetingLookedBackOn_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "noor.peters").Has(Categories.Confidential));
}
