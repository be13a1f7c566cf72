namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 45, judged by the rules alone, each in sentences written for this test:
/// <list type="bullet">
/// <item>a word the dictionary knows is read by a last part it knows as written, so "versleten" (a form of verslijten)
/// is no "ver" + a made-up plural of "slet", and worn things are no insult (found by fresh32-lead-heldout);</item>
/// <item>the author's own operation told in the passive ("ik word geopereerd") is the author's health (convention 12):
/// the one labelled post this was blocked for only because of "versleten" (f14pr-023) is now blocked for its health.</item>
/// </list>
/// </summary>
public class TwentySixthPassLeadPatternTests
{
    [Theory]
    [InlineData("Mijn oude jas is versleten.")]
    [InlineData("De banden van mijn fiets zijn versleten, tijd voor nieuwe.")]
    [InlineData("De versleten matten in de gymzaal worden vervangen.")]
    [InlineData("Na tien jaar trouwe dienst is mijn rugzak helemaal versleten.")]
    [InlineData("Die versleten trap bij de ingang wordt in de herfstvakantie vernieuwd.")]
    public void Check_WornThings_AreNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn knie is zo versleten dat ik geopereerd moet worden.")]
    [InlineData("Ik word volgende week geopereerd, dus ik ben een tijdje weg.")]
    [InlineData("Volgende week word ik aan mijn schouder geopereerd.")]
    [InlineData("Ik ben vorige maand geopereerd en mag nog niet sporten.")]
    [InlineData("Na de zomer werd ik aan mijn heup geopereerd, het herstel duurt lang.")]
    public void Check_TheAuthorsOwnOperation_BlocksPersonalData(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.PersonalData));

    [Theory]
    [InlineData("De chirurg heeft vandaag twintig patiënten geopereerd.")]
    [InlineData("Ik heb gisteren gezien hoe een dierenarts een kat opereerde.")]
    [InlineData("Ik las een artikel over hoe artsen vroeger opereerden zonder verdoving.")]
    [InlineData("Ik ben benieuwd hoe een robot straks zelf opereert.")]
    [InlineData("Ik word blij van de operatiekamer in het museum, zo ouderwets.")]
    public void Check_OperationsOfOthersOrInGeneral_AreNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData));
}
