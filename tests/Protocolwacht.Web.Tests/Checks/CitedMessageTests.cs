using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// Stop 41's finding: an English finding read "… the privacy of others is respected (Bedenk dat..., punt 5)." with the
/// protocol's Dutch title inside the English sentence. The sentence loses its citations; they are kept apart, in order.
/// </summary>
public sealed class CitedMessageTests
{
    [Fact]
    public void Citation_AtTheEnd_IsTakenOutOfTheSentence()
    {
        var cited = CitedMessage.Of("You mention a date of birth (12-03-2015). Remove it: the privacy of others is respected (Bedenk dat..., punt 5).");

        Assert.Equal("You mention a date of birth (12-03-2015). Remove it: the privacy of others is respected.", cited.Sentence);
        Assert.Equal(["Bedenk dat..., punt 5"], cited.Citations);
    }

    [Fact]
    public void Citations_InTheMiddle_AndTwoInOneParenthesis_AreAllTakenOut_InOrder()
    {
        var cited = CitedMessage.Of("You use foul language (\"kut\"). Remove this word: no foul language (Don'ts, punt 1); slander and insults are not allowed (Do's, punt 2; Don'ts, punt 3).");

        Assert.Equal("You use foul language (\"kut\"). Remove this word: no foul language; slander and insults are not allowed.", cited.Sentence);
        Assert.Equal(["Don'ts, punt 1", "Do's, punt 2", "Don'ts, punt 3"], cited.Citations);
    }

    [Fact]
    public void Parentheses_ThatAreNoCitation_StayInTheSentence()
    {
        const string message = "You mention a citizen service number (BSN) (123456782); see (Don'ts, punt 1 and more) or (Richtlijn 99).";

        var cited = CitedMessage.Of(message);

        Assert.Equal(message, cited.Sentence);
        Assert.Empty(cited.Citations);
    }

    [Fact]
    public void EveryTitleOfTheProtocol_IsRecognisedAsACitation()
    {
        var titles = GuidelineCatalog.Ids.Select(GuidelineCatalog.TitleOf).Distinct().ToList();

        var missed = titles.Where(t => CitedMessage.Of($"A sentence ({t}).").Sentence != "A sentence.").ToList();

        Assert.True(titles.Count > 10, $"Only {titles.Count} protocol titles");
        Assert.Empty(missed);
    }

    [Fact]
    public void Except_LeavesOutTheTitleShownBesideTheFinding_AndKeepsTheOthersInOrder()
    {
        // Stop 43: the findings list names the finding's own part in its summary, so the English page showed it twice.
        var cited = CitedMessage.Of("Slander and insults are not allowed (Do's, punt 2; Don'ts, punt 3; Bedenk dat..., punt 5).");

        var shown = cited.Except("Don'ts, punt 3");

        Assert.Equal(["Do's, punt 2", "Bedenk dat..., punt 5"], shown.Citations);
        Assert.Equal(cited.Sentence, shown.Sentence);
        Assert.Equal(cited.Citations, cited.Except("Don'ts, punt 9").Citations); // a title it does not cite changes nothing
    }

    [Fact]
    public void WholeExcept_TakesTheShownTitleOutOfTheDutchSentence_AndLeavesTheOtherCitationsWhereTheyAre()
    {
        // Stop 44: the Dutch findings list ended the sentence with the finding's own part, then named it in the summary.
        const string dutch = "Je gebruikt schuttingtaal (\"kut\"). Haal dit woord weg: geen schuttingtaal (Don'ts, punt 2); obsceniteit is niet geoorloofd (Bedenk dat..., punt 5).";

        var withoutOwn = CitedMessage.WholeExcept(dutch, "Don'ts, punt 2");
        var withoutLast = CitedMessage.WholeExcept(dutch, "Bedenk dat..., punt 5");

        Assert.Equal("Je gebruikt schuttingtaal (\"kut\"). Haal dit woord weg: geen schuttingtaal; obsceniteit is niet geoorloofd (Bedenk dat..., punt 5).", withoutOwn.Sentence);
        Assert.Equal("Je gebruikt schuttingtaal (\"kut\"). Haal dit woord weg: geen schuttingtaal (Don'ts, punt 2); obsceniteit is niet geoorloofd.", withoutLast.Sentence);
        Assert.Empty(withoutOwn.Citations);
        Assert.Equal(dutch, CitedMessage.WholeExcept(dutch, "Don'ts, punt 9").Sentence); // a title it does not cite changes nothing
    }

    [Fact]
    public void WholeExcept_OneOfTwoTitlesInAParenthesis_KeepsTheOtherInIt()
    {
        const string dutch = "Ga niet in discussie met ouder of leerling; neem liever offline contact op (Don'ts, punt 4; Richtlijn 4).";

        var shown = CitedMessage.WholeExcept(dutch, "Don'ts, punt 4");

        Assert.Equal("Ga niet in discussie met ouder of leerling; neem liever offline contact op (Richtlijn 4).", shown.Sentence);
    }

    [Fact]
    public void Whole_KeepsTheDutchSentenceAsItIs()
    {
        const string dutch = "Je noemt een BSN (123456782). Verwijder het: de privacy van anderen wordt gerespecteerd (Bedenk dat..., punt 5).";

        var whole = CitedMessage.Whole(dutch);

        Assert.Equal(dutch, whole.Sentence);
        Assert.Empty(whole.Citations);
    }
}
