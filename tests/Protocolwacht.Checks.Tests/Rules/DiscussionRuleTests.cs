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
}
