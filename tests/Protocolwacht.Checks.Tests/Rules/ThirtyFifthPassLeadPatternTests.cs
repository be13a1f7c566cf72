namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 54, judged by the rules alone, in sentences written for this test (found by
/// fresh41-lead-heldout): a word for an animal of any kind after a pet was named points back at the pet, not at its owner
/// or at a group adjective of its breed; a school leader who disclaims ("Persoonlijke mening: …") gives the opinion R6
/// asks them to weigh; and a whole work put on a carrier of files ("op een usb-stick gezet") is handed out as a copy.
/// </summary>
public class ThirtyFifthPassLeadPatternTests
{
    [Theory]
    [InlineData("Mijn zus heeft een Perzische kat gekocht. Wat een prachtig dier.")]
    [InlineData("De buurvrouw heeft een nieuwe hond, een Duitse herder. Mooi beest!")]
    [InlineData("Onze buurman heeft een paard gekocht, een Fries. Prachtig dier om te zien.")]
    public void Check_AnAnimalWordAfterAPetWasNamed_PointsBackAtThePet(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "fatima.yilmaz").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn buurman heeft een kat. Die man is een beest.")]
    [InlineData("Ik heb het over Polen. Beesten zijn het.")]
    [InlineData("Die Turken bij ons in de straat, echte beesten.")]
    public void Check_AnAnimalWordWithAPersonOrGroupNearer_StillInsults(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "fatima.yilmaz").Verdict);

    [Theory]
    [InlineData("Persoonlijke mening: de inspectie veroorzaakt de meeste werkdruk in het onderwijs.", "peter.vandijk")]
    [InlineData("Op persoonlijke titel: groepen van dertig leerlingen zijn te groot voor passend onderwijs.", "karin.mulder")]
    [InlineData("Mijn eigen mening: de centrale eindtoets in groep 8 mag wel wat later in het jaar.", "youssef.bakker")]
    public void Check_ALeaderWhoDisclaimsBeforeAPostAboutEducation_GivesAnOpinion(string text, string author) =>
        Assert.Equal(Severity.Doubt, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("Persoonlijke mening: de inspectie veroorzaakt de meeste werkdruk in het onderwijs.", "tom.hendriks")]
    [InlineData("Op persoonlijke titel: dank aan alle leerkrachten van onze scholen voor dit jaar!", "karin.mulder")]
    [InlineData("Persoonlijk: gefeliciteerd aan alle leerlingen van groep 8 met hun nieuwe school!", "ingrid.smit")]
    public void Check_ADisclaimerFromStaffOrBeforeThanks_IsNoLeadersOpinion(string text, string author) =>
        Assert.NotEqual(Severity.Doubt, TestChecker.PersonalByRules(text, author).SeverityOf(Categories.Capacity));

    [Theory]
    [InlineData("Ik heb de hele methode van Pluspunt op een usb-stick gezet, wie wil hem hebben?")]
    [InlineData("Alle werkbladen van Blink heb ik in mijn Dropbox gezet, vraag maar om de link.")]
    [InlineData("De complete handleiding van Staal staat nu op OneDrive, ik heb hem daar geplaatst voor iedereen.")]
    public void Check_AWholeWorkPutOnACarrierOfFiles_IsACopy(string text) =>
        Assert.Equal(Verdict.Block, TestChecker.PersonalByRules(text, "mark.willems").Verdict);

    [Theory]
    [InlineData("Ik heb de foto's van het schoolreisje op een usb-stick gezet voor de ouders.")]
    [InlineData("Ik heb mijn eigen werkbladen op een usb-stick gezet.")]
    [InlineData("Heeft iemand een usb-stick voor me? De mijne is kapot.")]
    public void Check_OwnWorkOrNoWorkOnACarrierOfFiles_IsNoCopy(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "mark.willems").Has(Categories.Copyright));
}
