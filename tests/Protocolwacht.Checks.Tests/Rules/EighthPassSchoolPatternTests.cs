namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the eighth pass over the school categories (issue 9, batch fresh12-school3), each
/// with look-alikes that stay allowed, in sentences written for this test and in no corpus: titles after a
/// reading tip and a colon or joined by "en"; a pupil's sanction without the word punishment; meeting notes
/// shared with the meeting named first; news overheard where staff meet; no voice in a decision; yet another new
/// way of working; words reported from a school doctor, speech therapist or community officer; the national
/// inspectorate as national policy. Second batch (fresh12-school3b): a hint and an announced silence, a board's
/// decision still to come, a name told only later, a contract not renewed; more time on paperwork than on
/// teaching, an ironic all-is-well, management decides and we carry out, a countdown to the end; a leader's
/// concession that turns into a judgement; a reply saying it is otherwise or that the parent was told; whom a child
/// lives with, calling names and a talk with the head, points short, fainting and the GP; a birthday with a date;
/// a whole version of a song.
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
        Assert.False(TestChecker.PersonalByRules(text, "linda.koster").Has(Categories.Confidential), text); // the second opinion doubts one (Learning/SecondOpinionTests)

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

    [Theory]
    [InlineData("Ik verklap niet te veel, maar let volgend jaar op de schoolgids. Meer vertel ik niet!")]
    [InlineData("Een klein hintje: de nieuwe adjunct komt van een school uit Deventer 😉")]
    [InlineData("Volgende week hakt de raad van toezicht de knoop door over de fusie.")]
    [InlineData("De winnaar van de sollicitatieronde is bekend, maar ik mag pas in januari zeggen wie het is.")]
    [InlineData("Het contract van onze vakleerkracht muziek wordt niet verlengd. Zonde!")]
    public void Check_HintsPendingDecisionsAndContracts_AreConfidential(string text) =>
        Assert.True(TestChecker.Personal(text, "bas.meijer").Has(Categories.Confidential, Severity.Block), text);

    [Theory]
    [InlineData("Een klein hintje voor de puzzeltocht: zoek bij de grote eik!")]
    [InlineData("Een tipje van de sluier over de kerstviering: er komt een echte kerstman!")]
    public void Check_HintsAboutAGameOrAFeast_AreNotConfidential(string text) =>
        Assert.False(TestChecker.School(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Weer een middag vol registraties. Meer tijd kwijt aan het systeem dan aan de kinderen, zo voelt het.")]
    [InlineData("De printer doet het weer niet en de toner is op. Loopt lekker zo.")]
    [InlineData("Het bestuur bedenkt, wij mogen het uitvoeren. Zo gaat dat hier.")]
    [InlineData("Nog 12 schooldagen en dan is deze week eindelijk voorbij. Overleven is het.")]
    public void Check_IronyTopDownAndCountdowns_AreComplaints(string text) =>
        Assert.True(TestChecker.Personal(text).Has(Categories.HarmfulStatement, Severity.Doubt), text);

    [Theory]
    [InlineData("De nieuwe speeltoestellen staan er, gaat helemaal goed zo! Dank aan de ouderraad.")]
    [InlineData("Nog 3 nachtjes slapen en dan is het Sinterklaas! De kinderen kunnen niet wachten.")]
    public void Check_SincerePraiseAndAHappyCountdown_AreNoComplaints(string text) =>
        Assert.False(TestChecker.Personal(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Goed onderwijs voor iedereen klinkt sympathiek, maar zonder geld blijft het bij woorden.")]
    [InlineData("Die extra werkdrukmiddelen zijn een druppel op een gloeiende plaat.")]
    [InlineData("Die kleuters moeten nu al toetsen maken. Laat ze toch gewoon spelen.")]
    public void Check_LeadersConcessionOrIdiomOfJudgement_IsDoubt(string text) =>
        Assert.True(TestChecker.Personal(text, "youssef.bakker").Has(Categories.Capacity, Severity.Doubt), text);

    [Fact]
    public void Check_LeaderTellsOfChildrenPlaying_IsNoOpinion() =>
        Assert.False(TestChecker.Personal("Vandaag de kleuters laten spelen in de sneeuw, wat een plezier!", "youssef.bakker").Has(Categories.Capacity, Severity.Doubt));

    [Theory]
    [InlineData("Dat zit toch echt anders: de regel over petten staat al twee jaar in de schoolgids.")]
    [InlineData("We hebben u vorige week nog gemaild over de nieuwe ophaaltijden.")]
    public void Check_ReplySayingItIsOtherwiseOrThatTheParentWasTold_IsDiscussion(string text)
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Waarom weet niemand dat de school eerder uit is?");

        Assert.True(TestChecker.School(text, "karin.mulder", reply: reply).Has(Categories.Discussion, Severity.Doubt), text);
    }

    [Fact]
    public void Check_ReplyInvitingACall_IsNotDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Waarom weet niemand dat de school eerder uit is?");

        Assert.False(TestChecker.School("Dank voor uw bericht! Zullen we morgen even bellen?", "karin.mulder", reply: reply).Has(Categories.Discussion));
    }

    [Theory]
    [InlineData("Liam woont tegenwoordig bij zijn oma, zijn vader zit in de problemen.")]
    [InlineData("Sara heeft een meisje uit de bovenbouw uitgescholden en moest daarom bij de directeur komen.")]
    [InlineData("Noah kwam drie punten tekort voor de plusklas.")]
    [InlineData("Liam is gisteren flauwgevallen op het schoolplein, de huisarts is er snel bij geweest.")]
    public void Check_NamedPupilsHomeConductResultOrHealth_IsPersonalData(string text) =>
        Assert.True(TestChecker.School(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Vandaag word ik 45: jarig op 2 februari 1981!")]
    [InlineData("Volgende week 50 jaar jong, 11-12-1976 blijft een mooie datum.")]
    public void Check_OwnBirthdayWithTheDate_IsPersonalData(string text) =>
        Assert.True(TestChecker.Personal(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Liam heeft vandaag zijn verjaardag gevierd in de klas met een heerlijke traktatie!")]
    [InlineData("Onze school is jarig: op 12 maart 1975 gingen de deuren open!")]
    public void Check_ABirthdayWithoutADateOfBirth_IsNotPersonalData(string text) =>
        Assert.False(TestChecker.School(text).Has(Categories.PersonalData), text);

    [Fact]
    public void Check_CompleteVersionOfASongBelow_IsCopyright() =>
        Assert.True(TestChecker.School("De complete versie van het lied 'Kinderen van de wereld' staat hieronder, inclusief alle coupletten.").Has(Categories.Copyright, Severity.Block));
}
