using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-first pass over the school categories (issue 9, batch fresh37-school27), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: "niet doorvertellen" only beside
/// news of the organisation; a body of the organisation that is considering a change; a pupil sent to the director again
/// or punished "straf voor"; scare quotes after "ze noemen het" (the article "het" is no copula) or "zogenaamde"; and a
/// thing of the building failing again, told on the school's own account, as the school's notice.
/// </summary>
public class ThirtyFirstPassSchool27PatternTests
{
    private static bool Complaint(CheckResult result) => result.Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Leaked(string text) => TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("Niet doorvertellen hoor, maar onze teamleider is al drie weken ziek thuis.")]
    [InlineData("Niet verder vertellen: de school in Brinkhorst gaat over twee jaar dicht.")]
    [InlineData("Niet doorvertellen, maar de directie heeft besloten de plusklas op te heffen.")]
    [InlineData("Niet verder vertellen aan de ouders, maar meester Bas vertrekt na de kerst.")]
    [InlineData("Ik mag het eigenlijk niet doorvertellen, maar er komen twee kandidaten voor de vacature van adjunct.")]
    public void Check_NewsOfTheOrganisationNotToBePassedOn_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("Niet doorvertellen, maar mijn geheime ingrediënt voor de soep is een scheutje sojasaus.")]
    [InlineData("Niet verder vertellen aan oma: we hebben een verrassing voor haar verjaardag.")]
    [InlineData("Niet doorvertellen 🤫 ik heb de hele zak drop alleen opgegeten.")]
    [InlineData("Niet verder vertellen, maar de clou van de film zit in de laatste vijf minuten.")]
    [InlineData("Niet doorvertellen: het feestje voor buurman Henk is zaterdag om acht uur.")]
    public void Check_ARecipeASurpriseOrTheAuthorsOwnSecret_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("De medezeggenschapsraad beraadt zich op het samenvoegen van groep 4 en groep 5.")]
    [InlineData("Het bestuur bekijkt op dit moment of de nevenlocatie in Esveld moet sluiten.")]
    [InlineData("De raad van toezicht onderzoekt of een fusie met een stichting uit Deventer haalbaar is.")]
    [InlineData("De directie denkt na over het opheffen van de schoolbibliotheek.")]
    [InlineData("De GMR bezint zich over het verhuizen van de bovenbouw naar Brinkhorst.")]
    public void Check_ABodyConsideringAChange_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("De jury beraadt zich nog over de mooiste knutselwerken van de tentoonstelling.")]
    [InlineData("Groep 6 onderzoekt of kresse sneller groeit in het licht of in het donker.")]
    [InlineData("De leerlingenraad denkt na over een nieuw spel voor de schoolkermis.")]
    [InlineData("Het bestuur heeft in de nieuwsbrief bekendgemaakt dat het de fusie bekijkt; ouders kunnen reageren.")]
    [InlineData("De kinderen bekijken of het water in de sloot schoon genoeg is.")]
    public void Check_AJuryAPupilsInquiryOrAChangeAlreadyTold_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Emma de Wit werd vanochtend opnieuw naar de directeur gestuurd.")]
    [InlineData("Noah Bos is voor de zoveelste keer naar de directie gestuurd.")]
    [InlineData("Sara Ouali moest weer bij de directeur komen, al de tweede keer deze maand.")]
    [InlineData("Noah Bos mocht niet mee naar de bioscoop, als straf voor het gooien met stenen.")]
    [InlineData("Emma de Wit zit de hele week binnen tijdens het buitenspelen, straf voor het pesten.")]
    public void Check_APupilSentToTheDirectorAgainOrPunished_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("De voetbalwedstrijd van de meesters tegen de vaders werd geschorst wegens onweer.")]
    [InlineData("Het duel van de zaterdag is geschorst vanwege de storm.")]
    [InlineData("Noah Bos mocht de tekening naar de directeur brengen, die er erg blij mee was.")]
    [InlineData("Geen straf voor wie te laat is door de sneeuw, zegt de juf.")]
    [InlineData("Vroeger werd ik zelf ook weleens naar de directeur gestuurd.")]
    public void Check_AMatchSuspendedAnErrandOrNoPupilPunished_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Ze noemen het 'ontzorgen', maar ik doe nu zelf de hele administratie.")]
    [InlineData("Men noemt het 'innovatie': drie nieuwe formulieren voor één aanvraag.")]
    [InlineData("De zogenaamde 'vernieuwing' van de jaarplanning kost ons elke week een middag.")]
    [InlineData("Het zogeheten 'ontlastingsplan' van het bestuur levert alleen maar extra vergaderingen op.")]
    [InlineData("De zogenaamde 'optimalisatie' van het rooster betekent dat ik geen pauze meer heb.")]
    public void Check_ScareQuotesAfterHetOrZogenaamde_AreAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("De kleuters noemen het 'de wiebelhoek', de plek waar je even mag bewegen.")]
    [InlineData("We noemen het 'het denkeiland', een tafel voor wie rustig wil werken.")]
    [InlineData("In de zogenaamde 'gouden weken' bouwen we samen aan een fijne groep.")]
    [InlineData("Groep 8 bouwde een zogenaamde 'tijdmachine' van oude dozen.")]
    [InlineData("Mijn dochter noemt het 'de snoepbus', de ijscowagen die elke vrijdag langskomt.")]
    public void Check_ANameGivenWithLoveOrATermOfTheTrade_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Helaas, de printer doet het alweer niet. De nieuwsbrief volgt maandag.")]
    [InlineData("Het digibord in groep 4 valt steeds uit; de monteur komt morgen.")]
    [InlineData("De kopieermachine ligt alweer stil, dus het huiswerk komt via de ouderapp.")]
    [InlineData("Jammer: de lift staat alweer stil. Rolstoelgebruikers kunnen via de achteringang naar binnen.")]
    [InlineData("Verdorie, de laptopkar laadt steeds niet op. Vandaag rekenen we op papier!")]
    public void Check_AThingOfTheBuildingFailingAgainOnTheSchoolsAccount_IsNoComplaint(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Helaas, de printer doet het alweer niet. De nieuwsbrief volgt maandag.")]
    [InlineData("Het digibord in groep 4 valt steeds uit; de monteur komt morgen.")]
    [InlineData("De kopieermachine ligt alweer stil, dus het huiswerk komt via de ouderapp.")]
    [InlineData("Jammer: de lift staat alweer stil. Rolstoelgebruikers kunnen via de achteringang naar binnen.")]
    [InlineData("De directie belooft al maanden een nieuwe printer, en die oude doet het alweer niet.")]
    public void Check_TheSameFailureOnAPersonalAccountOrBesideTheLeaders_StaysAComplaint(string text)
    {
        var personal = TestChecker.PersonalByRules(text);
        var besideLeaders = text.Contains("directie", StringComparison.Ordinal) ? TestChecker.SchoolByRules(text) : personal;
        Assert.True(Complaint(personal) && Complaint(besideLeaders), text);
    }
}
