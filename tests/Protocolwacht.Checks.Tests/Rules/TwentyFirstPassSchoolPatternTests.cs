namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the twenty-first pass over the school categories (issue 9, batch fresh27-school17), rules
/// alone, each with five sentences in other words than the batches and look-alikes that stay allowed: committees,
/// trajectories and sessions by their last part; a temperature or a leak inside the school; the author's timetable set by
/// the organisation; medicines a pupil takes, named without "ik"; a pupil kept with the head or kept in; a titled work put
/// out as a podcast or audiobook; leave the school has announced.
/// </summary>
public class TwentyFirstPassSchoolPatternTests
{
    private static bool Complaint(string text) => TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement, Severity.Doubt);

    [Theory]
    [InlineData("Het zoveelste coachingstraject voor het team is begonnen.")]
    [InlineData("Vanavond weer zo'n visiesessie van drie uur.")]
    [InlineData("Weer een nieuwe adviescommissie, en niemand weet wat de vorige heeft opgeleverd.")]
    [InlineData("De zoveelste kwaliteitssessie deze maand, mijn nakijkwerk wacht.")]
    [InlineData("Alweer een nieuw begeleidingstraject voor de hele school.")]
    public void Check_ACommitteeTrajectoryOrSessionAgain_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Weer zo'n fijne voorleessessie met de kleuters gehad!")]
    [InlineData("De feestcommissie zoekt nog ouders voor de kerstmarkt.")]
    [InlineData("Het traject van de sponsorloop loopt langs de kerk.")]
    [InlineData("Vandaag de eerste sessie van onze schrijfclub, wat een talent!")]
    [InlineData("De benoemingscommissie heeft haar werk afgerond.")]
    public void Check_ACommitteeOrSessionAsNewsOrPraise_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("In het speellokaal was het vanmorgen 15 graden, de kleuters hielden hun wanten aan.")]
    [InlineData("Vandaag weer 31 graden in het lokaal en de zonwering zit nog steeds vast.")]
    [InlineData("Om negen uur was het in de aula nog maar 11 graden.")]
    [InlineData("In de personeelskamer is het al een week dertien graden.")]
    [InlineData("De gymzaal komt deze week niet boven de 16 graden.")]
    public void Check_ATemperatureNoOneShouldWorkInInsideTheSchool_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Bij elke regenbui staat er een emmer in de aula.")]
    [InlineData("Het regende vannacht en nu ligt er een plas water in het speellokaal.")]
    [InlineData("Na het onweer stond er water in de gymzaal.")]
    [InlineData("Als het hard regent, leggen we dweilen in de gang.")]
    [InlineData("In de teamkamer staat alweer een emmer onder het plafond.")]
    public void Check_ALeakInsideTheSchool_IsAComplaint(string text) =>
        Assert.True(Complaint(text), text);

    [Theory]
    [InlineData("Buiten is het 30 graden, dus we gaan met de kinderen naar het zwembad.")]
    [InlineData("In de aula is het een aangename 21 graden.")]
    [InlineData("In het lokaal leerden we vandaag dat water kookt bij 100 graden.")]
    [InlineData("In de gang staan emmers met zand voor het proefje.")]
    [InlineData("Neem bij regen je eigen water mee naar de gymzaal.")]
    [InlineData("De kinderen speelden in de regen met emmers water op het plein.")]
    [InlineData("Het lek boven de aula is gerepareerd; de emmers zijn weer weg.")]
    [InlineData("Na de reparatie van de ketel is het in de gymzaal niet meer 12 graden.")]
    public void Check_TheWeatherOrBucketsWithoutALeak_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Mijn rooster is zonder overleg door de schoolleiding veranderd.")]
    [InlineData("Ons lesrooster is van bovenaf opgelegd en klopt niet met de gymtijden.")]
    [InlineData("Mijn jaarplanning is door het bestuur eenzijdig gewijzigd; niemand heeft iets gevraagd.")]
    [InlineData("Mijn weekrooster is door het MT zo gemaakt dat ik nooit pauze heb.")]
    [InlineData("Onze planning wordt elk jaar door de directie bepaald zonder dat wij iets te zeggen hebben.")]
    public void Check_TheAuthorsTimetableSetByTheOrganisation_IsAComplaintWithCapacityAdvice(string text)
    {
        var result = TestChecker.PersonalByRules(text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Doubt), text);
        Assert.True(result.Has(Categories.Capacity, Severity.Advice), text);
    }

    [Theory]
    [InlineData("Mijn rooster voor de toetsweek is klaar, ik heb er zin in!")]
    [InlineData("Mijn rooster is door de directie aangepast zodat ik op vrijdag vrij ben, heel fijn!")]
    [InlineData("Mijn planning voor morgen: nakijken, vergaderen en sporten.")]
    [InlineData("Mijn rooster hangt in de personeelskamer.")]
    [InlineData("Dank aan de directie: mijn rooster past nu precies bij mijn studie.")]
    public void Check_ATimetableToldAsNewsOrPraised_IsNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Noah neemt na de lunch zijn salbutamol.")]
    [InlineData("Sara gebruikt elke ochtend Pulmicort.")]
    [InlineData("Daan krijgt om tien uur zijn Trileptal.")]
    [InlineData("Liam heeft zijn EpiPen thuis laten liggen.")]
    [InlineData("Emma krijgt 's avonds melatonine van haar ouders.")]
    public void Check_AMedicineANamedPupilTakes_IsPersonalData(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Informatieavond over melatonine bij kinderen met slaapproblemen.")]
    [InlineData("Op de EHBO-cursus leerden alle collega's werken met een EpiPen.")]
    public void Check_AMedicineAsATopic_IsNoPersonalData(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Sara heeft vanmiddag bij de adjunct gezeten na de ruzie bij de fietsenstalling.")]
    [InlineData("Noah zat na het voetbalincident de hele middag bij de directeur.")]
    [InlineData("Daan moest gisteren na blijven omdat hij zijn werk niet af had.")]
    [InlineData("Liam heeft vandaag na moeten blijven.")]
    [InlineData("Emma is nagebleven omdat ze de les verstoorde.")]
    public void Check_ANamedPupilKeptWithTheHeadOrKeptIn_IsPersonalDataAndHarmful(string text)
    {
        var result = TestChecker.SchoolByRules(text);
        Assert.True(result.Has(Categories.PersonalData, Severity.Block), text);
        Assert.True(result.Has(Categories.HarmfulStatement, Severity.Block), text);
    }

    [Theory]
    [InlineData("Noah mocht bij de directeur zitten tijdens de prijsuitreiking.")]
    [InlineData("Wie wil er na blijven om de aula op te ruimen?")]
    [InlineData("Sara mocht naast de directeur zitten bij de opening van het plein.")]
    [InlineData("Liam mocht na blijven om zijn tekening af te maken.")]
    public void Check_APrivilegeWithTheHeadOrAfterSchool_IsNoDiscipline(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Ik heb 'De Gruffalo' ingesproken en als podcast op ons kanaal gezet.")]
    [InlineData("'Jip en Janneke' staat nu als luisterboek online, voorgelezen door juf Noor.")]
    [InlineData("Elke vrijdag lees ik een hoofdstuk uit 'Dolfje Weerwolfje' voor als podcast.")]
    [InlineData("De hele 'Kruistocht in spijkerbroek' ingesproken als audioboek voor de klas.")]
    [InlineData("We hebben 'Kikker en zijn vriendjes' opgenomen als hoorboek en op de website gezet.")]
    public void Check_ATitledWorkPutOutAsAudio_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("'De Gruffalo' is ook als luisterboek te leen in de bibliotheek.")]
    [InlineData("Groep 5 heeft een eigen podcast ingesproken over 'Het Bal'.")]
    [InlineData("Luister de podcast 'Onderwijs Nu' eens, een aanrader!")]
    [InlineData("In de klas luisterden we naar het luisterboek van 'Matilda'.")]
    [InlineData("Wij hebben onze eigen versie van 'Roodkapje' als hoorspel opgenomen.")]
    public void Check_AnAudiobookBorrowedOrOwnWork_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Fact]
    public void Check_LeaveTheSchoolAnnounced_IsNeitherConfidentialNorPersonalData()
    {
        // Convention 8: personnel news already announced is not confidential; the leave date is no health detail.
        var announced = TestChecker.SchoolByRules("Juf Anja gaat na de kerst met zwangerschapsverlof, zoals in de nieuwsbrief aangekondigd.", "karin.mulder");
        Assert.False(announced.Has(Categories.Confidential), "announced");
        Assert.False(announced.Has(Categories.PersonalData), "announced");

        // The same news not announced, and a diagnosis beside an announcement, stay blocked.
        var told = TestChecker.SchoolByRules("Juf Anja gaat na de kerst met zwangerschapsverlof.", "karin.mulder");
        Assert.True(told.Has(Categories.Confidential, Severity.Block), "told");
        var diagnosis = TestChecker.SchoolByRules("Zoals in de nieuwsbrief stond, gaat juf Anja met zwangerschapsverlof; ze heeft ook een burn-out.", "karin.mulder");
        Assert.True(diagnosis.Has(Categories.PersonalData, Severity.Block), "diagnosis");
    }
}
