using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// <see cref="DictionaryWords.IsPluralInEn(ReadOnlySpan{char})"/>: a noun in "-en" is a plural only when a singular of it is
/// a word, which the group judge asks of the noun after a nationality ("de Poolse vrouwen" are people, "de Poolse keuken" a thing).
/// The dictionary decides: a short stem that is a word of its own ("eten", "oven") still reads as a plural, which is why the
/// judge also reads the article before it ("het Turkse eten").
/// </summary>
public class PluralInEnTests
{
    [Theory]
    [InlineData("vrouwen")] // vrouw
    [InlineData("mannen")] // man: the doubled consonant undone
    [InlineData("bomen")] // boom: the long vowel written double again
    [InlineData("buren")] // buur
    public void APluralOfADictionaryWord_IsAPlural(string noun) => Assert.True(DictionaryWords.IsPluralInEn(noun));

    [Theory]
    [InlineData("keuken")]
    [InlineData("vrouw")]
    [InlineData("en")]
    public void ANounWhoseEnIsNoEnding_IsNoPlural(string noun) => Assert.False(DictionaryWords.IsPluralInEn(noun));
}
