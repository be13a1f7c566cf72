using Protocolwacht.Domain.Privacy;

namespace Protocolwacht.Domain.Tests.Privacy;

public class PupilNameMatcherTests
{
    private static readonly PupilNameMatcher Ayla = new("Ayla  Visser");
    private const string M = PupilNameMatcher.Marker;

    [Theory]
    [InlineData("Ayla Visser won de sportdag.", $"{M} won de sportdag.")]
    [InlineData("Gefeliciteerd AYLA VISSER!", $"Gefeliciteerd {M}!")]
    [InlineData("Ayla\nVisser", M)]
    [InlineData("Ayla Visser's tekening hangt in de hal.", $"{M} tekening hangt in de hal.")]
    [InlineData("Ayla Vissers tekening.", $"{M} tekening.")]
    [InlineData("Ayla V. deed mee.", $"{M} deed mee.")]
    [InlineData("(Ayla Visser)", $"({M})")]
    public void Redact_FullName_AnyCaseOrPossessive_IsReplacedEverywhere(string text, string expected) =>
        Assert.Equal(expected, Ayla.Redact(text, tied: false));

    [Fact]
    public void Redact_FirstNameBesideTheFullName_IsReplacedToo()
    {
        var text = "Ayla Visser won. Ayla's moeder was er ook.";

        Assert.Equal($"{M} won. {M} moeder was er ook.", Ayla.Redact(text, tied: false));
    }

    [Fact]
    public void Redact_FirstNameAloneInATiedText_IsReplaced()
    {
        Assert.True(Ayla.IsMentionedIn("Mag de foto van ayla erbij?", tied: true));
        Assert.Equal($"Mag de foto van {M} erbij?", Ayla.Redact("Mag de foto van ayla erbij?", tied: true));
    }

    [Fact]
    public void Redact_FirstNameAloneInAnUnrelatedText_Stays()
    {
        const string Unrelated = "Ayla uit groep 3 las voor.";

        Assert.False(Ayla.IsMentionedIn(Unrelated, tied: false));
        Assert.Equal(Unrelated, Ayla.Redact(Unrelated, tied: false));
    }

    [Theory]
    [InlineData("Aylana Visser las voor.")]
    [InlineData("De visser ving een vis.")]
    [InlineData("Kayla las voor.")]
    public void Redact_LongerWordsAndTheSurnameAlone_StayEvenInATiedText(string text)
    {
        Assert.False(Ayla.IsMentionedIn(text, tied: true));
        Assert.Equal(text, Ayla.Redact(text, tied: true));
    }

    [Fact]
    public void Redact_ALongerSurname_IsNotTheFullName()
    {
        const string Text = "Ayla Visserman las voor.";

        Assert.Equal(Text, Ayla.Redact(Text, tied: false));
        Assert.Equal($"{M} Visserman las voor.", Ayla.Redact(Text, tied: true)); // tied: the first name goes, as a tied text's first name does
    }

    [Fact]
    public void Redact_OneWordName_IsTheFullName()
    {
        var single = new PupilNameMatcher("Ayla");

        Assert.Equal($"Hoi {M}!", single.Redact("Hoi Ayla!", tied: false));
    }
}
