namespace Protocolwacht.Checks.Tests.Rules;

public class ProfanityRuleTests
{
    [Theory]
    [InlineData("Wat een kutavond was dat zeg.")]
    [InlineData("Die klotebus was weer te laat.")]
    [InlineData("Godverdomme, mijn fiets is gestolen.")]
    [InlineData("Shit, vergeten de oven uit te zetten.")]
    [InlineData("Rot op met die regels.")]
    [InlineData("Wat een teringherrie op de gang.")]
    public void Check_SwearWord_Blocks(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.True(result.Has(Categories.Profanity, Severity.Block));
    }

    [Theory]
    [InlineData("Wat een k.u.t.-middag")]
    [InlineData("Echt een k u t middag")]
    [InlineData("Kuuuuuttttt, de trein rijdt niet")]
    [InlineData("Wat een kl0teweer")]
    [InlineData("k@nkerherrie bij de buren")]
    [InlineData("Wat een k*t dag")]
    [InlineData("sh*t, sleutels kwijt")]
    [InlineData("Wat een ku\u200Btdag")]
    [InlineData("Wat een kl\u043Ete dag")]
    [InlineData("Wat een ＫＵＴdag")]
    [InlineData("g0dv3rd0mm3 zeg")]
    [InlineData("Sh!t, sleutels kwijt")]
    public void Check_DisguisedSwearWord_Blocks(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.True(result.Has(Categories.Profanity, Severity.Block), text);
    }

    [Theory]
    [InlineData("Wij lopen mee met de wandeltocht van KWF tegen kanker.")]
    [InlineData("Mijn tante is hersteld van kanker, wat een opluchting.")]
    [InlineData("Les over de tyfusepidemie in de negentiende eeuw.")]
    [InlineData("Oud geld moet je niet aan de tering naar de nering zetten.")]
    [InlineData("Het licht bleef flikkeren in de gang.")]
    [InlineData("Het was pikdonker toen we terugkwamen.")]
    [InlineData("De kleuters maakten een kakelbonte slinger.")]
    [InlineData("Er hingen eikels aan de boom in het bos.")]
    [InlineData("We aten paddenstoelen met shiitake.")]
    [InlineData("In de asbak lag een muts en verder was het balen.")]
    [InlineData("Neem droge kleren mee voor na het zwemmen.")]
    [InlineData("Met Pasen vertelden we over Jezus en zijn leerlingen.")]
    [InlineData("Hoera, de zon schijnt!")]
    public void Check_WordThatOnlyLooksProfane_IsNotProfanity(string text)
    {
        var result = TestChecker.Personal(text, "kees.dekker");

        Assert.False(result.Has(Categories.Profanity), text);
    }

    [Fact]
    public void Check_Profanity_SpanPointsIntoOriginalText()
    {
        const string text = "Oké, wat een k.u.t.-dag!";
        var finding = TestChecker.Personal(text).Findings.Single(f => f.Category == Categories.Profanity);

        Assert.NotNull(finding.Start);
        Assert.Equal("k.u.t", text[finding.Start!.Value..finding.End!.Value]);
    }
}
