namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fix of stop 52, judged by the rules alone, in sentences written for this test (found by
/// fresh39-lead-heldout): the binominal construction, in which a dehumanising noun before "van een" judges the person after
/// it ("dat varken van een vader"), blocks as an insult; an animal someone keeps ("die goudvis van een leerling"), a
/// definite article ("de rat van een collega") or a possessor of the person ("… van een collega van mij") reads it as owned.
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
}
