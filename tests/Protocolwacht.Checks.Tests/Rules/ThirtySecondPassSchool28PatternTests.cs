namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-second pass over the school categories (issue 9, batch fresh38-school28), rules
/// alone, each with five sentences in other words than the batches and five look-alikes: figures of money or formation
/// before approval, hinted or brooded on; a pupil kept with the director again; a pupil taken to the first aid; scare
/// quotes after "die" or "een"; a policy of the organisation said not to work; a work written out in full, not when the
/// sentence before calls it one's own; and driving on an ambulance as a job.
/// </summary>
public class ThirtySecondPassSchool28PatternTests
{
    private static bool Complaint(CheckResult result) => result.Has(Categories.HarmfulStatement, Severity.Doubt);

    private static bool Leaked(string text) => TestChecker.PersonalByRules(text).Has(Categories.Confidential, Severity.Block);

    [Theory]
    [InlineData("De meerjarenbegroting is nog niet vastgesteld, maar reken op minder geld voor de bovenbouw.")]
    [InlineData("Het bestuursformatieplan is nog niet goedgekeurd en er verdwijnen waarschijnlijk vier banen.")]
    [InlineData("Onze jaarcijfers zijn nog niet definitief, het wordt een verlies van een paar ton.")]
    [InlineData("De begroting van volgend jaar is nog niet rond, maar de gymzaal gaat er niet in komen.")]
    [InlineData("De formatie voor 2027 is nog niet ondertekend, maar groep 4 krijgt geen eigen juf meer.")]
    public void Check_FiguresOfMoneyOrFormationBeforeApproval_AreConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("De jaarrekening is vastgesteld en staat in het jaarverslag op de website.")]
    [InlineData("In groep 8 rekenden we uit of de begroting van het kamp klopt.")]
    [InlineData("Mijn tekening is nog niet af, morgen kleur ik hem verder in.")]
    [InlineData("De begroting is nog niet rond, zoals aangekondigd in de nieuwsbrief volgt die in juni.")]
    [InlineData("Het rooster voor de sportdag is nog niet definitief, we laten het snel weten.")]
    public void Check_AFigureAlreadyPublishedALessonOrAnotherThingUnfinished_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik kan alvast verklappen dat de exploitatie dit jaar flink in het rood staat.")]
    [InlineData("Ik verraad alvast dat er na de zomer twee fte bij komen op Sint Jozef.")]
    [InlineData("Wat ik al kan vertellen: er komen vijf vacatures bij voor de nieuwe locatie.")]
    [InlineData("Ik zeg alvast dat het tekort groter is dan iedereen denkt.")]
    [InlineData("Ik kan je alvast vertellen dat de twee scholen in Esveld gaan fuseren.")]
    public void Check_AHintBesideAFigureOrAChange_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("Ik kan alvast verklappen dat het thema van de schoolreis de zee is.")]
    [InlineData("Ik zeg het alvast: vrijdag is het pannenkoekendag!")]
    [InlineData("Ik verklap alvast dat de hoofdpersoon in het laatste hoofdstuk een draak vindt.")]
    [InlineData("We kunnen alvast vertellen dat de musical in het dorpshuis is, zoals aangekondigd in de nieuwsbrief.")]
    [InlineData("Ik vertel jullie alvast dat groep 5 morgen naar de bibliotheek gaat.")]
    public void Check_AHintOfATripAStoryOrAnAnnouncedEvent_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Ik broed op een plan om de twee kleuterlocaties te sluiten.")]
    [InlineData("We broeden al maanden op plannen voor een reorganisatie van het bestuursbureau.")]
    [InlineData("Het MT broedt op een scenario waarin de dependance wordt opgeheven.")]
    [InlineData("Zit te broeden op een idee om groep 7 en 8 samen te voegen.")]
    [InlineData("Ik broedde vorige week op een plan voor de sluiting van de plusklas.")]
    public void Check_BroodingOnAPlanToChangeTheOrganisation_IsConfidential(string text) =>
        Assert.True(Leaked(text), text);

    [Theory]
    [InlineData("Ik broed op een plan voor het nieuwe schooltuintje.")]
    [InlineData("De kip in de klas broedt op zes eieren, over een week komen ze uit.")]
    [InlineData("Groep 3 broedt op een idee voor de kerstmusical.")]
    [InlineData("We broeden op een leuk idee voor de afscheidsavond van groep 8.")]
    [InlineData("Het bestuur broedde op een plan om de school te sluiten; zoals bekendgemaakt in de nieuwsbrief gaat dat niet door.")]
    public void Check_BroodingOnAGardenAPartyOrEggs_IsNotConfidential(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Confidential), text);

    [Theory]
    [InlineData("Noah Bos zat vanmiddag alweer bij de directeur.")]
    [InlineData("Emma de Wit heeft opnieuw bij de adjunct gezeten, de hele ochtend.")]
    [InlineData("Sara Ouali zat voor de zoveelste keer naast de directeur te werken.")]
    [InlineData("Noah Bos zat weer een uur in het kantoor van de directeur.")]
    [InlineData("Emma de Wit zat deze maand voor de vierde keer bij de teamleider.")]
    public void Check_APupilKeptWithTheDirectorAgain_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Noah Bos mocht weer bij de directeur zijn werkstuk laten zien.")]
    [InlineData("Emma de Wit zat weer naast haar vriendin in de bus, wat een feest.")]
    [InlineData("Sara Ouali mocht voor de tweede keer bij de directeur haar prijs ophalen.")]
    [InlineData("Vanmiddag zat ik weer bij de directeur voor het jaargesprek.")]
    [InlineData("Noah Bos zat in het kantoor van de directeur om haar te interviewen voor de schoolkrant.")]
    public void Check_APrivilegeTheAuthorsMeetingOrAnInterview_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Emma de Wit is gisteravond naar de eerste hulp gebracht.")]
    [InlineData("Noah Bos lag vanmiddag op de eerste hulp met een gat in zijn hoofd.")]
    [InlineData("Sara Ouali moest met haar moeder naar de eerste hulp na de val.")]
    [InlineData("Meester Bas is zaterdag op de eerste hulp geweest.")]
    [InlineData("Emma de Wit ging na het buitenspelen naar de eerste hulp.")]
    public void Check_APersonTakenToTheFirstAid_IsPersonalData(string text) =>
        Assert.True(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Groep 8 kreeg een rondleiding op de eerste hulp van het ziekenhuis in Esveld.")]
    [InlineData("Noah Bos haalde zijn diploma voor de cursus eerste hulp.")]
    [InlineData("Vandaag een gastles over de eerste hulp, door een verpleegkundige.")]
    [InlineData("Sara Ouali oefende met de klas wat je doet als je naar de eerste hulp moet.")]
    [InlineData("Eerste hulp bij huiswerk: de bibliotheek helpt elke woensdag.")]
    public void Check_ACourseAVisitOrAnotherFirstAid_IsNoPersonalDataBlock(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.PersonalData, Severity.Block), text);

    [Theory]
    [InlineData("Die 'vereenvoudiging' van het bestuur kost ons drie formulieren per week.")]
    [InlineData("Weer een 'verbetering' van de directie: de koffieautomaat is weg.")]
    [InlineData("Die 'ontzorging' van het bestuursbureau betekent dat ik alles zelf moet doen.")]
    [InlineData("Een 'slim' nieuw rooster waarin de pauze halveert. Bedankt, MT.")]
    [InlineData("Het bestuur noemt het een 'investering': twee lokalen minder.")]
    public void Check_ScareQuotesAfterDieOrEenBesideTheOrganisation_AreAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Die 'regenboogvis' van groep 3 hangt nu in de hal.")]
    [InlineData("Groep 6 bouwde een 'raket' van wc-rolletjes. Bedankt voor de rolletjes, ouders!")]
    [InlineData("Het bestuur las een 'gedicht' van een leerling voor op de nieuwjaarsreceptie, prachtig.")]
    [InlineData("De directie trakteerde op een 'echte' taart, wat lief van ze!")]
    [InlineData("Die 'pannenkoekendag' van groep 4 was een groot succes.")]
    public void Check_QuotesAfterDieOrEenForAThingOfThePupilsOrWithPraise_AreNoComplaint(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.HarmfulStatement), text);

    [Theory]
    [InlineData("Het vervangingsbeleid van het bestuur werkt gewoon niet.")]
    [InlineData("Dat nieuwe rooster van de directie werkt nauwelijks.")]
    [InlineData("De visie van Konot op werkdruk werkt averechts.")]
    [InlineData("Het besluit van het bestuursbureau werkt in de praktijk niet.")]
    [InlineData("Het plan van het MT voor de pauzes werkte helemaal niet.")]
    public void Check_APolicyOfTheOrganisationSaidNotToWork_IsAComplaint(string text) =>
        Assert.True(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Het plan van de minister werkt niet, vindt het bestuur.")]
    [InlineData("Het beleid van het bestuur werkt niet alleen voor de leerlingen, ook voor ons.")]
    [InlineData("Ons rooster werkt prima, dank aan de directie.")]
    [InlineData("Het bestuur en het team werken samen aan een nieuw plan.")]
    [InlineData("Het bestuur werkt niet op zaterdag, mail maandag maar.")]
    public void Check_ThePolicyOfTheGovernmentAnAdditionOrWorkingTogether_IsNoComplaint(string text) =>
        Assert.False(Complaint(TestChecker.PersonalByRules(text)), text);

    [Theory]
    [InlineData("Alle liedteksten van de Kinderboekenweek heb ik uitgeschreven, hier zijn ze.")]
    [InlineData("Het hele hoofdstuk uit het leesboek uitgeschreven voor de klas.")]
    [InlineData("Ik heb het complete gedicht van Toon Tellegen helemaal uitgeschreven.")]
    [InlineData("De songtekst van het carnavalslied helemaal uitgeschreven, hieronder.")]
    [InlineData("Alle refreinen van de musical uitgeschreven in één document.")]
    public void Check_AWorkWrittenOutInFull_IsCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("De juf heeft de spreekbeurten van groep 7 uitgeschreven in het rooster.")]
    [InlineData("Noah Bos is uitgeschreven bij de voetbalclub.")]
    [InlineData("Ik heb mijn eigen gedicht helemaal uitgeschreven op het bord.")]
    [InlineData("Er is een schrijfwedstrijd uitgeschreven voor alle groepen.")]
    [InlineData("De hele klas heeft het lied gezongen en de tekst zelf geschreven.")]
    public void Check_ARosterAClubOrOnesOwnWritingOut_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Groep 5 heeft een eigen lied gemaakt voor de juf. Hieronder de complete tekst!")]
    [InlineData("Onze kleuters bedachten een eigen versje over de herfst. Hieronder de volledige tekst.")]
    [InlineData("Een zelfgemaakt gedicht van groep 8 voor het afscheid. Hierbij de hele tekst.")]
    [InlineData("De kinderen schreven een eigen rap over pesten. Hieronder de complete songtekst.")]
    [InlineData("Een eigen liedje van groep 6 over de zomer. Hieronder de volledige tekst, zing mee!")]
    public void Check_TheWholeTextOfAWorkTheSentenceBeforeCallsOwn_IsNoCopyright(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.Copyright), text);

    [Theory]
    [InlineData("Wat een mooi lied van K3. Hieronder de complete tekst!")]
    [InlineData("We zongen het nieuwste nummer van Kinderen voor Kinderen. Hieronder de volledige songtekst.")]
    [InlineData("Een prachtig gedicht van Annie M.G. Schmidt. Hierbij de hele tekst.")]
    [InlineData("Het Kinderboekenweeklied is uit. Hieronder de volledige tekst, zing mee!")]
    [InlineData("Groep 4 leerde een liedje van Dirk Scheele. Hieronder de complete tekst.")]
    public void Check_TheWholeTextOfSomeoneElsesWork_StaysCopyright(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.Copyright, Severity.Block), text);

    [Theory]
    [InlineData("Mijn broer rijdt op de ambulance en kwam vandaag vertellen over zijn werk.")]
    [InlineData("De vader van Noah Bos rijdt op de ambulance en liet de kinderen de brancard zien.")]
    [InlineData("Tante Els rijdt al jaren op de ambulance en vertelde er vandaag over in groep 6.")]
    [InlineData("Mijn buurvrouw rijdt op de ambulance; als de kinderen willen, komt ze langs.")]
    [InlineData("Wie rijdt er op de ambulance? Meester Tom vroeg het en de vader van Sara stak zijn vinger op.")]
    public void Check_DrivingOnAnAmbulanceAsAJob_IsNoThreat(string text) =>
        Assert.False(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);

    [Theory]
    [InlineData("Als je nog één keer aan mijn dochter komt, ga je met de ambulance naar huis.")]
    [InlineData("Wie mijn fiets nog eens aanraakt, kan straks op de ambulance wachten.")]
    [InlineData("Als die vader nog eens komt schreeuwen, ligt hij straks in de ambulance.")]
    [InlineData("Nog één keer zo'n opmerking en je gaat met de ambulance weg.")]
    [InlineData("Als hij nog eens aan mijn spullen zit, mag hij de ambulance bellen.")]
    public void Check_AnAmbulancePromisedAfterAnOffence_StaysAThreat(string text) =>
        Assert.True(TestChecker.SchoolByRules(text).Has(Categories.HarmfulStatement, Severity.Block), text);
}
