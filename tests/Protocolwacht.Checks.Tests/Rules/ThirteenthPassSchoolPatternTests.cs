using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirteenth pass over the school categories (issue 9, batch fresh19-school9), rules
/// alone, each with look-alikes that stay allowed, in sentences written for this test and in no corpus: a person's name
/// from the dictionary opening a sentence with a sensitive fact; injuries told in the past tense, in plaster or stitched;
/// rumour by an unnamed source or a story going round; a shop's news and a leader elsewhere; leaders' norms; thanks
/// followed by a rule held against the asker; sarcasm with raised hands or a smirk beside a repeat; permission asked and
/// not given.
/// </summary>
public class ThirteenthPassSchoolPatternTests
{
    private static CheckResult Leader(string text) => TestChecker.PersonalByRules(text, "ingrid.smit");

    private static CheckResult Reply(string text, ReplyRole role, string incoming) =>
        TestChecker.RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.School, "sintjozef", "facebook"), "linda.koster",
            new ReplyContext(role, role == ReplyRole.Parent ? "Erik Prins" : "Tess Hermans", incoming), []));

    [Theory]
    [InlineData("Lotte ligt sinds dinsdag met een hersenschudding op bed.")]
    [InlineData("Jesse brak op de trampoline zijn pols en zit nu in het gips.")]
    [InlineData("Sofie is bij de huisarts gehecht aan haar duim.")]
    public void Check_ADictionaryNameOpeningASentenceWithASensitiveFact_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Lotte las vandaag haar eigen gedicht voor aan de klas.")]
    [InlineData("Gisteren brak de kast in het speellokaal bijna doormidden.")]
    [InlineData("Floor, onze kat, ligt sinds dinsdag met een hersenschudding in de mand.")]
    [InlineData("Sofie is erg gehecht aan haar nieuwe juf.")]
    public void Check_ANameWithoutASensitiveFactOrAPetOrAttachment_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData), text);

    [Theory]
    [InlineData("Uit goede bron: de kleutergroepen van onze school gaan na de zomer samen.")]
    [InlineData("Het verhaal gaat rond dat onze teamleider na de herfstvakantie vertrekt.")]
    [InlineData("Ik ving op dat de nieuwe directeur van onze school al gekozen is.")]
    [InlineData("Het schijnt dat de nieuwe directeur van het Kompas uit Deventer komt.")]
    public void Check_RumourFromAnUnnamedSourceOrGoingRound_IsConfidential(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Ik hoorde dat de drogist in de Kerkstraat ermee stopt.")]
    [InlineData("Het schijnt dat de nieuwe directeur van het museum een oud-leerling van ons is.")]
    [InlineData("Het verhaal gaat rond dat onze school gaat sluiten, maar dat is onjuist.")]
    public void Check_AShopsNewsALeaderElsewhereOrADeniedRumour_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Leerlingen horen op school te bewegen, niet de hele dag stil te zitten.")]
    [InlineData("Rekenonderwijs werkt alleen met genoeg oefentijd in de klas.")]
    [InlineData("Wat de basisschool nodig heeft, zijn meer mannelijke leerkrachten.")]
    public void Check_ALeadersNormOnEducation_IsCapacityDoubt(string text) =>
        Assert.True(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Theory]
    [InlineData("Poezen horen te slapen, niet om vier uur te miauwen.")]
    [InlineData("Deze tent werkt alleen met stevige haringen, leerden we op de camping.")]
    public void Check_ANormOutsideEducation_IsNoCapacityDoubt(string text) =>
        Assert.False(Leader(text).Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_ThanksThenARuleHeldAgainstADisputingParent_IsDiscussion()
    {
        var defended = Reply("Bedankt voor uw reactie, maar de afspraken over traktaties gelden voor alle groepen.", ReplyRole.Parent, "Schandalig dat de traktatie weer mee naar huis moest.");
        var decision = Reply("Fijn dat je meedenkt! Toch blijven we bij ons besluit over de excursie.", ReplyRole.Student, "Waarom gaan we niet naar de dierentuin?");

        Assert.True(defended.Has(Categories.Discussion, Severity.Doubt));
        Assert.True(decision.Has(Categories.Discussion, Severity.Doubt));
    }

    [Fact]
    public void Check_ThanksWithARedirectOrAFactualAnswer_IsNoDiscussion()
    {
        var redirect = Reply("Bedankt voor uw bericht! Zullen we donderdag even bellen?", ReplyRole.Parent, "Schandalig dat de traktatie weer mee naar huis moest.");
        var factual = Reply("Dank je! De excursie is op 4 april, maar de regels over het geld staan in de brief.", ReplyRole.Student, "Wanneer is de excursie?");

        Assert.False(redirect.Has(Categories.Discussion));
        Assert.False(factual.Has(Categories.Discussion));
    }

    [Theory]
    [InlineData("Alweer geen internet in lokaal 4, net nu de kinderen hun werkstuk maken. Super 🙌")]
    [InlineData("Voor de zoveelste keer een nieuw rooster in één maand. Prachtig 😏")]
    public void Check_SarcasmWithRaisedHandsOrASmirkBesideARepeat_IsAComplaint(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("De nieuwe laptops zijn binnen, de kinderen zijn er superblij mee 🙌")]
    [InlineData("Het rooster voor de projectweek staat, wat een mooi weer")]
    public void Check_SincereJoyAboutDevicesOrThePlanning_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Fact]
    public void Check_PermissionAskedAndNotGivenForAWork_IsCopyrightButGivenIsNot()
    {
        Assert.True(TestChecker.PersonalByRules("Toestemming aan de schrijver gevraagd, nog geen antwoord, dus hier alvast het hele verhaal.").Has(Categories.Copyright, Severity.Block));
        Assert.False(TestChecker.PersonalByRules("Toestemming aan de schrijver gevraagd en gekregen, dus hier het hele verhaal.").Has(Categories.Copyright));
    }
}
