namespace Protocolwacht.Checks.Tests.Rules;

public class CapacityRuleTests
{
    [Fact]
    public void Check_EducationPostOnPersonalAccountWithoutCapacity_IsAdvice()
    {
        var result = TestChecker.Personal("Vandaag met mijn klas naar het museum geweest, wat een dag!", "tom.hendriks");

        Assert.True(result.Has(Categories.Capacity, Severity.Advice));
        Assert.Equal(Verdict.Allow, result.Verdict);
    }

    [Fact]
    public void Check_EducationPostWithDisclaimer_IsFine()
    {
        var result = TestChecker.Personal("Op persoonlijke titel: ik hou van lesgeven in groep 7.", "tom.hendriks");

        Assert.False(result.Has(Categories.Capacity));
    }

    [Fact]
    public void Check_PrivatePostNotAboutEducation_IsFine()
    {
        Assert.False(TestChecker.Personal("Heerlijk gefietst langs de Dinkel.", "tom.hendriks").Has(Categories.Capacity));
    }

    [Theory]
    [InlineData("marieke.jansen", "Wat mij betreft moet de toets in groep 8 helemaal weg.")]
    [InlineData("karin.mulder", "Ik vind dat scholen veel meer vrijheid moeten krijgen in hun onderwijs.")]
    public void Check_LeaderOpinionOnPersonalAccount_Doubts(string author, string text)
    {
        var result = TestChecker.Personal(text, author);

        Assert.True(result.Has(Categories.Capacity, Severity.Doubt));
    }

    [Fact]
    public void Check_LeaderSayingTheyEnjoyedAVisit_IsNotAnOpinion()
    {
        var result = TestChecker.Personal("Ik vind het altijd fijn om bij groep 8 op bezoek te gaan.", "marieke.jansen");

        Assert.False(result.Has(Categories.Capacity, Severity.Doubt));
    }

    [Fact]
    public void Check_LeaderOpinionWithDisclaimer_StillDoubts()
    {
        var result = TestChecker.Personal("Persoonlijke mening: het onderwijs moet anders, ik vind dat de toets weg moet.", "peter.vandijk");

        Assert.True(result.Has(Categories.Capacity, Severity.Doubt));
    }

    [Fact]
    public void Check_LeaderSpeakingOnBehalfOfSchool_IsNotAnOpinion()
    {
        var result = TestChecker.Personal("Namens De Regenboog: dank aan alle ouders voor de hulp bij het schoolfeest!", "karin.mulder");

        Assert.False(result.Has(Categories.Capacity));
    }

    [Fact]
    public void Check_CapacityOnSchoolAccount_NeverApplies()
    {
        Assert.False(TestChecker.School("Ik vind dat de toets in groep 8 weg moet.", "karin.mulder").Has(Categories.Capacity));
    }

    // "*les" (gymles, zwemles) must not make "alles" a school topic.
    [Fact]
    public void Check_WordEndingInLesButNotALesson_IsNotAboutEducation()
    {
        Assert.False(TestChecker.Personal("Alles ging vandaag mis met de auto.", "noor.peters").Has(Categories.Capacity));
    }

    [Fact]
    public void Check_BoardMemberStatesWhatMustRise_Doubts()
    {
        var result = TestChecker.Personal("Voor mij is het duidelijk: de lerarensalarissen moeten omhoog.", "peter.vandijk");

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.Capacity));
    }

    [Fact]
    public void Check_SchoolLeaderStronglyAgainstEducationPolicy_Doubts()
    {
        var result = TestChecker.Personal("Ik ben er fel op tegen dat de eindtoets blijft bestaan.", "ingrid.smit");

        Assert.Equal(Severity.Doubt, result.SeverityOf(Categories.Capacity));
        var message = Assert.Single(result.Findings, f => f.Category == Categories.Capacity).Message;
        Assert.StartsWith("Als schoolleider ben je", message, StringComparison.Ordinal);
    }
}
