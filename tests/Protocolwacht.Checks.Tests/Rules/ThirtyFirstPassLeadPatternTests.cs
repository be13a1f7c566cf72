namespace Protocolwacht.Checks.Tests.Rules;

/// <summary>
/// The lead's fixes of stop 50, judged by the rules alone, in sentences written for this test (found by
/// fresh37-lead-heldout; on the engine of c5852e95, 13 of the 15 sentences that should now be stopped passed or were only
/// doubted, "godsklere" and "godskolere" were stopped already as near-curses, and of the five possessed persons only the
/// finding's own construction, "minder blij", was blocked):
/// <list type="bullet">
/// <item>a singular group noun after a possessive ("mijn vrouw", "zijn moeder") is one person, not the group: "Mijn
/// vrouw is er minder blij mee dan ik" was blocked as a remark about women; a plural after a possessive still names
/// the group;</item>
/// <item>the curses on "gods-" ("godsamme", "godskolere") are schuttingtaal as "godverdomme" is; words of faith on
/// "gods-" ("godsdienst", "godshuis") are not;</item>
/// <item>a reply that tells the parent they do not understand ("U snapt het gewoon niet") takes up the dispute;</item>
/// <item>an ultimatum answered by advice to take one's child to another school ("Als u nog één keer …, kunt u uw kind
/// beter ergens anders inschrijven") is a threat; the same advice without a repeated offence is not;</item>
/// <item>an attachment whose own description says it holds others' work without a licence is copyright (not "zonder
/// toestemming", which in a photo's description is mostly about the people in it; review fix)
/// (found in dev2: a school film with a Disney song "waarvoor geen licentie is"), and a licence or permission that is
/// not needed ("eigen muziek, dus geen licentie nodig") is none withheld, in the text as in a description (the text
/// was blocked before);</item>
/// <item>a question of one short noun phrase about a person answered by an insult stands for the copula ("Onze nieuwe
/// teamleider? Een dom blondje met een rekenmachine"), as a colon does (stop 49); a question with a verb, or praise, is not;</item>
/// <item>review fix: only a group word that is also a word of kin (vrouw, man) is one person after a possessive; "mijn
/// moslim collega moet terug naar zijn land" still names the group.</item>
/// </list>
/// </summary>
public class ThirtyFirstPassLeadPatternTests
{
    [Theory]
    [InlineData("Mijn vrouw is er minder blij mee dan ik.")]
    [InlineData("Mijn vriendin is minder enthousiast over de camping dan ik.")]
    [InlineData("Zijn vrouw is minder sportief dan hij, zegt hij zelf.")]
    [InlineData("Haar man is er minder blij mee.")]
    [InlineData("Mijn moeder is minder streng dan vroeger.")]
    public void Check_OnePersonAfterAPossessive_IsNoRemarkAboutTheGroup(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Vrouwen zijn minder slim dan mannen.")]
    [InlineData("Moslims zijn minder eerlijk dan anderen.")]
    [InlineData("Hun vrouwen zijn minder slim, zeggen ze.")]
    [InlineData("Die Polen zijn minder betrouwbaar dan wij.")]
    [InlineData("Roemenen zijn minder slim, dat weet iedereen.")]
    public void Check_TheGroupMadeLess_IsStillHate(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Godsamme, alweer regen.")]
    [InlineData("Godsakke, mijn sleutels kwijt.")]
    [InlineData("Wat een godsklere weer.")]
    [InlineData("Godskolere, de trein rijdt niet.")]
    [InlineData("Godsgloeiende, wat een herrie.")]
    public void Check_ACurseOnGods_IsProfanity(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Profanity));

    [Theory]
    [InlineData("Godsdienstles is op dinsdag.")]
    [InlineData("Het godshuis staat aan het plein.")]
    [InlineData("Een godsgeschenk, die zon na de regen.")]
    [InlineData("Hij werkt bij een godsdienstig centrum.")]
    [InlineData("Een godsvruchtige vrouw uit het verhaal.")]
    public void Check_AWordOfFaithOnGods_IsNoProfanity(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Profanity));

    [Theory]
    [InlineData("U snapt het gewoon niet, de gymles ging wel door.")]
    [InlineData("U begrijpt er echt niets van.")]
    [InlineData("Je snapt het niet, de juf heeft gelijk.")]
    [InlineData("U begrijpt het niet helemaal goed, denk ik.")]
    [InlineData("Jullie snappen er niks van.")]
    public void Check_AReplyThatSaysTheParentDoesNotUnderstand_IsDiscussion(string text) =>
        Assert.Equal(Severity.Doubt, TestChecker.School(text, reply: new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Waarom ging de gymles niet door?")).SeverityOf(Categories.Discussion));

    [Theory]
    [InlineData("Dank u wel! Ik snap het helemaal, we bellen morgen even.")]
    [InlineData("Ik begrijp niet goed wat u bedoelt. Zullen we even bellen?")]
    [InlineData("Als u iets niet begrijpt, belt u gerust.")]
    [InlineData("Wat fijn dat Noah het nu snapt!")]
    [InlineData("Ik snap uw vraag. Komt u morgen even langs?")]
    public void Check_AReplyOfOnesOwnUnderstanding_IsNoDiscussion(string text) =>
        Assert.False(TestChecker.School(text, reply: new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Waarom ging de gymles niet door?")).Has(Categories.Discussion));

    [Theory]
    [InlineData("Als u nog één keer zo tegen de juf praat, kunt u uw kind beter ergens anders inschrijven.")]
    [InlineData("Als je nog eens zo reageert, kun je je zoon maar beter elders aanmelden.")]
    [InlineData("Als u dat nog één keer doet, kunt u uw dochter beter op een andere school zetten.")]
    [InlineData("Nog één keer zo'n mail en u kunt uw kind beter ergens anders laten leren.")]
    [InlineData("Waag het nog eens, dan kun je je kind beter op een andere basisschool inschrijven.")]
    public void Check_AnUltimatumAnsweredByAnotherSchool_IsAThreat(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Als uw kind nog niet zindelijk is, kunt u uw kind beter ergens anders laten opvangen.")]
    [InlineData("Als u nog twijfelt, kunt u uw kind beter eerst ergens anders laten proeven.")]
    [InlineData("Is uw zoon nog ziek? Dan kunt u uw zoon beter elders laten testen, bij de huisarts.")]
    [InlineData("Heeft u nog vragen over de overstap? U kunt uw kind beter op een andere school aanmelden als u verhuist.")]
    [InlineData("Als je nog tijd hebt, kun je je dochter beter ergens anders laten zwemmen, daar is het rustiger.")]
    public void Check_AdviceAboutAnotherPlaceWithoutAnOffence_IsNoThreat(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "kees.dekker").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("promotiefilm met muziek uit een Disneyfilm waarvoor geen licentie is")]
    [InlineData("filmpje met een liedje van Spotify eronder, zonder licentie")]
    [InlineData("diavoorstelling met muziek van Adele, geen licentie voor")]
    [InlineData("clip met een nummer van K3, zonder licentie")]
    [InlineData("video met fragmenten uit een Pixarfilm, zonder licentie gebruikt")]
    public void Check_AnAttachmentDescribedAsOthersWorkWithoutPermission_IsCopyright(string description) =>
        Assert.Equal(Severity.Block, TestChecker.School("Kijk eens wat we gemaakt hebben!", attachments: TestChecker.Image(description)).SeverityOf(Categories.Copyright));

    [Theory]
    [InlineData("filmpje met eigen muziek, dus geen licentie nodig")]
    [InlineData("foto van het schoolplein, zelf gemaakt")]
    [InlineData("tekening van een leerling uit groep 5")]
    [InlineData("rechtenvrije muziek, geen licentie vereist")]
    [InlineData("filmpje van de sportdag zonder muziek")]
    [InlineData("Foto van het schoolplein. Kinderen zonder toestemming zijn niet op de foto geplaatst.")]
    [InlineData("groepsfoto; wie zonder toestemming is, staat er niet op")]
    public void Check_AnAttachmentOfOwnOrFreeWork_IsNoCopyright(string description) =>
        Assert.False(TestChecker.School("Kijk eens wat we gemaakt hebben!", attachments: TestChecker.Image(description)).Has(Categories.Copyright));

    [Theory]
    [InlineData("Eigen muziek, dus geen licentie nodig.")]
    [InlineData("Voor dit liedje is geen toestemming nodig, het is van onszelf.")]
    [InlineData("Hiervoor hoef je geen licentie te hebben.")]
    [InlineData("Deze foto is rechtenvrij, geen licentie vereist.")]
    [InlineData("Voor het voorlezen van een boek in de klas is geen licentie verplicht.")]
    public void Check_ALicenceNotNeeded_IsNoCopyright(string text) =>
        Assert.False(TestChecker.PersonalByRules(text).Has(Categories.Copyright));

    [Theory]
    [InlineData("We draaien de film zonder licentie, niemand controleert het toch.")]
    [InlineData("Muziek van Spotify eronder gezet, geen licentie.")]
    [InlineData("De uitgever gaf geen toestemming, maar we gebruiken het boek toch.")]
    [InlineData("Toestemming heb ik niet, maar de foto van de fotograaf is te mooi.")]
    [InlineData("Het hele hoofdstuk overgetypt, zonder licentie natuurlijk.")]
    public void Check_ALicenceOrPermissionMissing_IsStillCopyright(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text).SeverityOf(Categories.Copyright));

    [Fact]
    public void Check_AnAttachmentWithPermissionRecorded_IsNoCopyright() =>
        Assert.False(TestChecker.School("Met toestemming van de uitgever delen we dit fragment.",
            attachments: TestChecker.Image("fragment uit een boek, geen licentie, wel schriftelijke toestemming van de uitgever", AttachmentSource.ThirdParty, permission: true)).Has(Categories.Copyright));

    [Theory]
    [InlineData("Onze nieuwe teamleider? Een dom blondje met een rekenmachine.")]
    [InlineData("Onze nieuwe teamleider? Een opgeblazen kalkoen.")]
    [InlineData("De nieuwe conciërge? Een luie zak.")]
    [InlineData("Die vader van Milan? Een enorme sukkel.")]
    [InlineData("Mijn teamleider? Een ijdele pauw.")]
    public void Check_APersonAskedAndAnsweredByAnInsult_IsAnInsult(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "noor.peters").SeverityOf(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Kent u meester Tom? Een echte clown!")]
    [InlineData("Onze nieuwe juf? Een topper!")]
    [InlineData("Het thema van deze week? Een slimme vos.")]
    [InlineData("Wie is onze nieuwe collega? Een gezellige vrouw uit Deventer.")]
    [InlineData("De nieuwe directeur? Een aanwinst voor de school.")]
    public void Check_AQuestionWithAVerbOrAnsweredByPraise_IsNoInsult(string text) =>
        Assert.False(TestChecker.PersonalByRules(text, "noor.peters").Has(Categories.HarmfulStatement));

    [Theory]
    [InlineData("Mijn moslim collega moet terug naar zijn eigen land, net als de rest van die mensen.")]
    [InlineData("Hun moslim buurman moet het land uit, net als de rest.")]
    public void Check_AReligionAfterAPossessive_StillNamesTheGroup(string text) =>
        Assert.Equal(Severity.Block, TestChecker.PersonalByRules(text, "kees.dekker").SeverityOf(Categories.HarmfulStatement));
}
