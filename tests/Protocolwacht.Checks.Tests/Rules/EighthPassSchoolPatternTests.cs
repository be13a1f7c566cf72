namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the eighth pass over the school categories (issue 9, batch fresh12-school3), each
/// with look-alikes that stay allowed, in sentences written for this test and in no corpus: titles after a
/// reading tip and a colon or joined by "en"; a pupil's sanction without the word punishment; meeting notes
/// shared with the meeting named first; news overheard where staff meet; no voice in a decision; yet another new
/// way of working; words reported from a school doctor, speech therapist or community officer; the national
/// inspectorate as national policy.
/// </summary>
public class EighthPassSchoolPatternTests
{
    [Theory]
    [InlineData("Boekentip voor de kerstvakantie: 'De Grote Sukkel' en 'Opa is een Stommerik'.")]
    [InlineData("We lazen deze week 'De Gruffalo', 'Mijn vader is een vampier' en 'De Sukkel van de klas'.")]
    [InlineData("Voorleestip van de week: 'De Dikke Domme Reus' en 'Heksje Mopperkont'.")]
    [InlineData("Het favoriete kinderliedje van groep 1: 'Ik ben een stomme kikker'. Ze zingen het de hele dag!")]
    public void Check_TitlesAfterATipOrJoinedToATitle_AreNoQuoteOrInsult(string text)
    {
        var result = TestChecker.School(text, "fatima.yilmaz");

        Assert.False(result.Has(Categories.Quote), text);
        Assert.False(result.Has(Categories.HarmfulStatement), text);
    }

    [Theory]
    [InlineData("Een vader schreef ons over de leestip: 'Dit boek is echt niks voor jonge kinderen'.")]
    [InlineData("Mijn collega zei over het thema: 'Wat een onzin weer, dit gaat nergens over'")]
    public void Check_SomeonesWordsAfterAColon_StayAQuote(string text) =>
        Assert.True(TestChecker.Personal(text).Has(Categories.Quote, Severity.Doubt), text);

    [Theory]
    [InlineData("Sara mocht gisteren niet mee naar de kinderboerderij omdat ze een meisje had geduwd.")]
    [InlineData("Liam heeft een klasgenoot geschopt en moet de rest van de week binnenblijven in de pauze.")]
    [InlineData("Noah mag niet meedoen met de voetbalwedstrijd vanwege zijn gedrag in de klas.")]
    public void Check_NamedPupilsSanction_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.School(text);

        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Noah mag helaas niet mee met de excursie, die is alleen voor groep 8.")]
    [InlineData("Liam mocht vandaag als eerste mee naar de bibliotheek, wat een feest!")]
    public void Check_PupilKeptFromAnOutingWithoutAMisdeed_IsNoSanction(string text) =>
        Assert.Equal(Verdict.Allow, TestChecker.School(text).Verdict);

    [Theory]
    [InlineData("Wie de personeelsvergadering van dinsdag gemist heeft: hieronder mijn notities, met de besluiten over de formatie.")]
    [InlineData("Van de directievergadering van vanochtend hier even snel de actiepunten op een rijtje.")]
    [InlineData("Het MT-overleg liep uit, maar hier zijn alvast de belangrijkste besluiten voor wie er niet bij was.")]
    [InlineData("In de lerarenkamer wordt gefluisterd dat de adjunct een andere baan heeft.")]
    [InlineData("Bij de koffieautomaat opgepikt: volgend jaar geen combinatieklassen meer.")]
    [InlineData("Tijdens de teamvergadering kregen we te horen dat er volgend jaar twee groepen minder zijn.")]
    public void Check_MeetingNotesOrStaffRoomNews_AreConfidential(string text) =>
        Assert.True(TestChecker.Personal(text, "linda.koster").Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("De notulen van de ouderraadsvergadering staan op de website.")]
    [InlineData("Tijdens de teamvergadering hebben we samen taart gegeten voor het jubileum van Kees.")]
    [InlineData("Tijdens het MT-overleg hebben we de verjaardag van de adjunct gevierd met een lunch.")]
    [InlineData("In de personeelskamer staat sinds vandaag een nieuwe koffieautomaat, wat een luxe!")]
    [InlineData("Gehoord in de lerarenkamer: de kerstborrel is vrijdag om vier uur!")]
    public void Check_MeetingOrStaffRoomWithoutInternalNews_IsNotConfidential(string text) =>
        Assert.False(TestChecker.Personal(text, "linda.koster").Has(Categories.Confidential), text);

    [Theory]
    [InlineData("De directie besliste over de nieuwe methode; wij hadden er als team niks over te zeggen.")]
    [InlineData("Over het nieuwe rooster kregen we geen enkele inspraak, het bestuur had het al besloten.")]
    [InlineData("Het beleid wordt bovenschools bepaald, als leerkracht heb je er niets in te brengen.")]
    [InlineData("Weer een nieuwe werkwijze voor de rapporten, de vierde in drie jaar.")]
    [InlineData("Wederom een nieuw format voor het groepsplan, alles opnieuw invullen.")]
    [InlineData("Alweer een ander registratiesysteem voor verzuim. Wie verzint dit?")]
    public void Check_NoVoiceOrYetAnotherNewWayOfWorking_IsAComplaint(string text) =>
        Assert.True(TestChecker.Personal(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("Over de uitslag van de voetbalwedstrijd heb ik niks te zeggen 😄")]
    [InlineData("Weer een nieuwe leerling in groep 3, welkom Sem!")]
    [InlineData("Morgen weer een nieuwe methode voor rekenen uitproberen, ik heb er zin in!")]
    [InlineData("De inspectie legt veel te veel nadruk op toetsresultaten.")]
    public void Check_NoOwnOrganisationComplainedOf_IsNotHarmful(string text) =>
        Assert.False(TestChecker.Personal(text).Has(Categories.HarmfulStatement), text);

    [Fact]
    public void Check_OwnBoardJudgedTheSameWay_IsAComplaint() =>
        Assert.True(TestChecker.Personal("Ik vind dat ons bestuur veel te veel naar papieren plannen kijkt.").Has(Categories.HarmfulStatement, Severity.Doubt));

    [Theory]
    [InlineData("Volgens de jeugdarts slapen veel kinderen in groep 8 te weinig.")]
    [InlineData("Volgens onze logopedist praten kleuters tegenwoordig steeds later.")]
    [InlineData("Volgens de wijkagent wordt er bij de school veel te hard gereden.")]
    public void Check_WordsOfAProfessionalAroundTheSchool_AreAQuote(string text) =>
        Assert.True(TestChecker.Personal(text, "noor.peters").Has(Categories.Quote, Severity.Doubt), text);

    [Fact]
    public void Check_OwnView_IsNoQuote() =>
        Assert.False(TestChecker.Personal("Volgens mij slapen veel kinderen te weinig.", "noor.peters").Has(Categories.Quote));
}
