using System.Text;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Tests.Normalisation;

/// <summary>
/// A key without leetspeak is the word itself when it only holds letters, digits and masks and no letter three
/// times in a row (a shortcut in <see cref="Tokenizer.MakeKey"/>); every other word is built character by
/// character; short keys are kept per thread and handed out again. Both must give what the rule says: other
/// characters dropped, a run of three or more equal letters squeezed to one, digits and masks kept as they are.
/// </summary>
public class TokenKeyTests
{
    [Theory]
    [InlineData("kijkochtend", "kijkochtend")]
    [InlineData("kuuuut", "kut")]
    [InlineData("kuut", "kuut")]
    [InlineData("f*ck", "f*ck")]
    [InlineData("f***", "f***")]
    [InlineData("2000", "2000")]
    [InlineData("groep6", "groep6")]
    [InlineData("sh!t", "sht")]
    [InlineData("aaa", "a")]
    [InlineData("zzzzzzzzzzzzzzzz", "z")]
    public void MakeKey_WithoutLeet_DropsOtherCharactersAndSqueezesLetterRuns(string word, string key)
    {
        Assert.Equal(key, Tokenizer.MakeKey(word, 0, word.Length, leet: false, oneAsL: false));
    }

    // A short key is kept per thread and handed out again; a long one is a new string each time.
    [Fact]
    public void MakeKey_RecurringShortWord_IsTheSameString()
    {
        var first = Tokenizer.MakeKey("groep 6", 0, 5, leet: false, oneAsL: false);
        var again = Tokenizer.MakeKey("in de groep", 6, 11, leet: false, oneAsL: false);
        const string longWord = "kinderboekenweekactiviteiten";
        var longFirst = Tokenizer.MakeKey(longWord, 0, longWord.Length, leet: false, oneAsL: false);
        var longAgain = Tokenizer.MakeKey(" " + longWord, 1, longWord.Length + 1, leet: false, oneAsL: false);

        Assert.Equal("groep", again);
        Assert.Same(first, again);
        Assert.Equal(longFirst, longAgain);
        Assert.NotSame(longFirst, longAgain);
    }

    [Fact]
    public void MakeKey_WithoutLeet_EqualsTheRuleOnRandomWords()
    {
        // Few distinct characters, so runs of two, three and more of the same one are common.
        const string alphabet = "aabeé1*!-.z0";
        var random = new Random(9);
        for (var n = 0; n < 20_000; n++)
        {
            var word = new StringBuilder();
            var length = random.Next(1, 12);
            for (var i = 0; i < length; i++)
            {
                word.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = "x " + word + " y";
            Assert.Equal(ByTheRule(word.ToString()), Tokenizer.MakeKey(text, 2, 2 + word.Length, leet: false, oneAsL: false));
        }
    }

    private static string ByTheRule(string word)
    {
        var kept = new StringBuilder();
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c) || c == '*')
            {
                kept.Append(c);
            }
        }

        var key = new StringBuilder();
        for (var i = 0; i < kept.Length;)
        {
            var run = 1;
            while (i + run < kept.Length && kept[i + run] == kept[i])
            {
                run++;
            }

            key.Append(kept[i], run >= 3 && char.IsLetter(kept[i]) ? 1 : run);
            i += run;
        }

        return key.ToString();
    }
}
