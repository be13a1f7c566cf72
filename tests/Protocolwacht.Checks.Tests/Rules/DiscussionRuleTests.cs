namespace Protocolwacht.Checks.Tests.Rules;

public class DiscussionRuleTests
{
    private static readonly ReplyContext Complaint = new(ReplyRole.Parent, "Ellen Bos", "Waarom krijgt groep 7 nooit eens buitenles?");

    [Theory]
    [InlineData("Dat klopt niet, groep 7 heeft elke vrijdag buitenles.")]
    [InlineData("Groep 7 heeft juist elke vrijdag buitenles, dat staat in de schoolgids.")]
    [InlineData("Omdat het rooster vol zit, lukt dat helaas niet vaker.")]
    [InlineData("Elke vrijdag is er buitenles voor groep 7.")]
    public void Check_ReplyThatTakesUpTheDispute_Doubts(string text)
    {
        var result = TestChecker.School(text, reply: Complaint);

        Assert.True(result.Has(Categories.Discussion, Severity.Doubt), text);
    }

    [Theory]
    [InlineData("Dank voor uw bericht! Zullen we het er persoonlijk over hebben? Bel gerust met school.")]
    [InlineData("Goede vraag, kom maandag na schooltijd even langs, dan bespreken we het.")]
    public void Check_ReplyThatRedirectsOffline_IsFine(string text)
    {
        Assert.False(TestChecker.School(text, reply: Complaint).Has(Categories.Discussion), text);
    }

    [Fact]
    public void Check_WarmThanks_IsFine()
    {
        var reply = new ReplyContext(ReplyRole.Student, "Noah Bos", "juf het was een toffe dag!");

        Assert.False(TestChecker.School("Dank je wel, Noah! Tot morgen.", reply: reply).Has(Categories.Discussion));
    }

    [Fact]
    public void Check_WarmReplyWithReasoningWordToPraise_IsFine()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Wat een mooie sportdag!");

        Assert.False(TestChecker.School("Dank u wel! Het was ook een mooie dag, want de zon scheen volop.", reply: reply).Has(Categories.Discussion));
    }

    [Fact]
    public void Check_AnswerToPracticalQuestion_IsFine()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "Hoe laat begint de kerstviering morgen?");

        Assert.False(TestChecker.School("Om 17.00 uur in de aula. Tot morgen!", reply: reply).Has(Categories.Discussion));
    }

    [Fact]
    public void Check_ReplyToPublic_IsNeverDiscussion()
    {
        var reply = new ReplyContext(ReplyRole.Public, "Iemand", "Klopt het dat de school sluit?");

        Assert.False(TestChecker.Organisation("Nee, dat klopt niet. De school blijft open.", reply: reply).Has(Categories.Discussion));
    }

    // A complaint about excess ("veel te", "te weinig") invites a dispute just as a "waarom" does; a reply that
    // only states the facts back takes it up.
    [Theory]
    [InlineData("De gymzaal is veel te klein voor twee groepen tegelijk.", "De zaal is ruim genoeg, we gymmen er al jaren met twee groepen.")]
    [InlineData("Mijn dochter krijgt te weinig uitdaging in de klas.", "Ze werkt elke dag in de plusgroep met eigen opdrachten.")]
    public void Check_FactualAnswerToAComplaintAboutExcess_Doubts(string incoming, string text)
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", incoming);

        Assert.True(TestChecker.School(text, reply: reply).Has(Categories.Discussion, Severity.Doubt), text);
    }

    [Fact]
    public void Check_AnswerToAMessageWithoutExcess_IsFine()
    {
        var reply = new ReplyContext(ReplyRole.Parent, "Ellen Bos", "De gymzaal is mooi geworden na de verbouwing.");

        Assert.False(TestChecker.School("De zaal is ruim genoeg voor twee groepen tegelijk.", reply: reply).Has(Categories.Discussion));
    }

    // "Het er over hebben" is Dutch for talking it over: said of later, in class or at school, it moves the matter offline.
    [Theory]
    [InlineData("Slimme vraag! Laten we het er vrijdag in de groep eens over hebben.")]
    [InlineData("Hier hebben we het na de pauze samen over, goed dat je het vraagt.")]
    public void Check_InvitationToTalkItOverInClass_IsFine(string text)
    {
        var reply = new ReplyContext(ReplyRole.Student, "Noah Bos", "juf waarom mogen we nooit met de bal op het grasveld");

        Assert.False(TestChecker.School(text, reply: reply).Has(Categories.Discussion), text);
    }

    [Fact]
    public void Check_SameQuestionAnsweredWithTheRule_Doubts()
    {
        var reply = new ReplyContext(ReplyRole.Student, "Noah Bos", "juf waarom mogen we nooit met de bal op het grasveld");

        Assert.True(TestChecker.School("Het grasveld is voor de kleuters, daar mag geen bal komen.", reply: reply).Has(Categories.Discussion, Severity.Doubt));
    }
}
