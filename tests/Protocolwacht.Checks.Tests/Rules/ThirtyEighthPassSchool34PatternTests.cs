using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The constructions added in the thirty-eighth pass over threats and copyright (issue 9, batch fresh44-school34), rules
/// alone, each with sentences in other words than the batches and look-alikes: a vague menace or regret promised after a
/// repeat; a body aid needed after a repeat; a body part carried home in a bag; trouble "met mij"; a pity if someone's tyres
/// were flat; someone's car that "can better stand inside tonight"; a fall or one's own child makes the outcome care;
/// someone else's work handed out without a word for "whole" (`HandedOutWorkJudge`: classes bought, about-work,
/// public-domain); an insulting adjective said of a work or a title; the forms of "dragen" as the class wear-verb.
/// </summary>
public class ThirtyEighthPassSchool34PatternTests
{
    private static CheckResult Check(string text, string author = "tom.hendriks") => TestChecker.PersonalByRules(text, author);

    private static bool Threat(string text) => Check(text).Has(Categories.HarmfulStatement, Severity.Block);

    private static bool Copied(string text) => Check(text).Has(Categories.Copyright, Severity.Block);

    [Theory]
    [InlineData("Als die buurman weer mijn oprit blokkeert, zal hij eens merken wat er gebeurt.")]
    [InlineData("Zet die trainer mijn zoon nog één keer op de bank, dan gaat hij zien wat ervan komt.")]
    [InlineData("Nog één zo'n appje van die moeder en ze zal wensen dat ze ons nummer nooit had gekregen.")]
    [InlineData("Als jij ooit nog over mijn collega roddelt, zul je er spijt van krijgen.")]
    public void Check_AVagueMenaceOrRegretAfterARepeat_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Je zult zien wat er gebeurt als je bakpoeder in het beslag doet.")]
    [InlineData("Kom naar onze musical, je zult zien wat er gebeurt als de gordijnen opengaan!")]
    [InlineData("Als je deze voorstelling mist, zul je er spijt van krijgen.")]
    public void Check_AnExperimentOrAShowWithoutARepeat_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Als die vent nog eens aan mijn fiets zit, heeft hij straks een verband nodig.")]
    [InlineData("Die oom van de overkant moet oppassen, nog één keer zo'n opmerking en hij heeft een ijszak nodig.")]
    public void Check_ABodyAidNeededAfterARepeat_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Theory]
    [InlineData("Als opa nog eens valt, heeft hij echt een verband nodig.")]
    [InlineData("Neem pleisters mee op kamp, want na de speurtocht heeft iedereen weer een pleister nodig.")]
    public void Check_ABodyAidAfterAFallOrOnCamp_IsNoThreat(string text) =>
        Assert.False(Threat(text), text);

    [Theory]
    [InlineData("Als die klant nog één keer tegen mijn vrouw schreeuwt, kan hij zijn tanden in een tasje meenemen.")]
    [InlineData("Raakt die gast mijn auto nog eens aan, dan neemt hij zijn kiezen in een zakje mee naar huis.")]
    public void Check_ABodyPartCarriedHomeInABag_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Fact]
    public void Check_AMilkToothInABagForTheToothFairy_IsNoThreat() =>
        Assert.False(Threat("Als je tand eruit valt, doe hem dan in een zakje voor de tandenfee."), "tandenfee");

    [Theory]
    [InlineData("Als die scheidsrechter nog eens zo fluit, heeft hij een probleem met mij.")]
    [InlineData("Komt die vader weer te laat, dan krijgt hij een groot probleem met ons.")]
    public void Check_TroubleWithTheAuthorAfterARepeat_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Fact]
    public void Check_AProblemInASum_IsNoThreat() =>
        Assert.False(Threat("Als je de breuk niet vereenvoudigt, heb je een probleem bij de volgende som."), "som");

    [Theory]
    [InlineData("Mooie bakfiets heeft die buurvrouw, zou jammer zijn als de banden morgen lek waren.")]
    [InlineData("Zonde als er straks geen lucht meer in de banden van jouw scooter zit.")]
    public void Check_APityIfSomeonesTyresWereFlat_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Fact]
    public void Check_APityIfATyreIsFlatWithAPump_IsNoThreat() =>
        Assert.False(Threat("Zonde als je band lek is tijdens de fietstocht, neem een pomp mee."), "pomp");

    [Theory]
    [InlineData("Die dure BMW van jou kan vannacht maar beter in de garage staan.")]
    [InlineData("Jouw scooter kan vanavond maar beter ergens anders staan, zeg ik je.")]
    public void Check_SomeonesCarBetterInsideTonight_IsAThreat(string text) =>
        Assert.True(Threat(text), text);

    [Fact]
    public void Check_YourCarBetterInsideForTheStorm_IsNoThreat() =>
        Assert.False(Threat("Je auto kan vannacht maar beter in de garage staan, er komt storm."), "storm");

    [Theory]
    [InlineData("Als oma nog één keer van de trap valt, bellen we een ambulance.")]
    [InlineData("Mijn zoon loopt straks met zijn been in het gips als hij zo hard blijft trainen.")]
    public void Check_AFallOrOnesOwnChild_IsCare(string text) =>
        Assert.False(Threat(text), text);

    [Fact]
    public void Check_SomeoneElseInTheCastAfterAConditionAboutOnesKin_IsStillAThreat() =>
        Assert.True(Threat("Als die vent nog eens over mijn zus begint, loopt hij volgende week met zijn arm in het gips."), "gips");

    [Theory]
    [InlineData("Twee prentenboeken van Leo Lionni ingescand en als pdf naar de ouders gemaild.")]
    [InlineData("De taalmethode Staal staat nu op mijn website, download hem maar.")]
    [InlineData("De gekochte lespakketten heb ik in onze Dropbox gezet, iedereen mag ze gebruiken.")]
    [InlineData("Hieronder de songtekst van 'Vrolijke Vrienden' van De Kabouters, zing maar mee.")]
    [InlineData("Afleveringen van Het Zandkasteel gedownload en op ons kanaal gezet.")]
    public void Check_SomeoneElsesWorkHandedOutWithoutAWholeWord_IsCopyright(string text) =>
        Assert.True(Copied(text), text);

    [Theory]
    [InlineData("Ik heb een eigen werkblad over de herfst gemaakt, het staat op mijn website.")]
    [InlineData("De nieuwe taalmethode is te bestellen bij de uitgever, kijk op hun site.")]
    [InlineData("Een link naar de film van Pixar heb ik in de klassenapp gezet.")]
    [InlineData("Vandaag naar de bibliotheek, iedereen leende twee prentenboeken.")]
    [InlineData("De gedichten van Guido Gezelle (1880) ingescand en in de leesgroep gezet.")]
    [InlineData("De uitgever gaf ons toestemming om de liedjes van de methode op onze site te zetten.")]
    [InlineData("De tekeningen van groep 3 gescand en als pdf naar de ouders gestuurd.")]
    public void Check_OwnWorkALinkALibraryOrPublicDomain_IsNoCopyright(string text) =>
        Assert.False(Copied(text), text);

    [Theory]
    [InlineData("Waarom hebben prentenboeken tegenwoordig toch van die stomme titels?")]
    [InlineData("We keken vandaag een idiote film over pinguïns, de klas lag dubbel.")]
    public void Check_AnInsultingWordSaidOfAWorkOrATitle_IsNoInsult(string text) =>
        Assert.False(Threat(text), text);

    [Fact]
    public void Check_AnInsultingWordSaidOfAPerson_IsStillAnInsult() =>
        Assert.True(Threat("Die stomme vader van de overkant snapt er niets van."), "vader");

    [Fact]
    public void WearVerb_IsAClassTheThreatJudgeReads()
    {
        var wear = WordClasses.Default.Mask("wear-verb");
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("draagt") & wear);
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("droeg") & wear);
        Assert.Equal(ClassMask.Zero, WordClasses.Default.Of("draaien") & wear);
        Assert.True(Threat("Als die man mijn dochter nog eens uitscheldt, draagt hij een week lang een mitella."), "draagt");
    }

    [Fact]
    public void HandedOutWork_ReadsItsClasses()
    {
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("betaalde") & WordClasses.Default.Mask("bought"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("recensie") & WordClasses.Default.Mask("about-work"));
        Assert.NotEqual(ClassMask.Zero, WordClasses.Default.Of("rechtenvrije") & WordClasses.Default.Mask("public-domain"));
        // A paid work in the Drive is copied; the same sheets called rights-free are not.
        Assert.True(Copied("De betaalde werkbladen heb ik in de Drive gezet."), "betaalde");
        Assert.False(Copied("De rechtenvrije werkbladen heb ik in de Drive gezet."), "rechtenvrije");
    }
}
