using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The near-curse scan (a word one edit from a curse of eight letters or more) asks <c>WithinOneEdit</c> instead of the
/// bounded edit distance with limit one, which it asked before: the two must agree on every pair, or a misspelt curse
/// would be read differently. Checked on every pair of strings of up to five letters over a three-letter alphabet
/// (where every kind of edit and every near miss occurs), on random longer pairs, and on the curses themselves.
/// </summary>
public class WithinOneEditTests
{
    [Fact]
    public void EveryPairOfShortStrings_AgreesWithTheBoundedDistance()
    {
        var words = new List<string> { string.Empty };
        for (var length = 1; length <= 5; length++)
        {
            AddAll(words, new char[length], 0);
        }

        var within = 0;
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var expected = TokenClassifier.Distance(a, b, 1) <= 1;
                Assert.True(expected == TokenClassifier.WithinOneEdit(a, b), $"'{a}' and '{b}': expected {expected}");
                within += expected ? 1 : 0;
            }
        }

        // Both answers occur, so the comparison could have failed either way.
        Assert.InRange(within, 1, (words.Count * words.Count) - 1);
    }

    [Fact]
    public void RandomLongerPairs_OneEditApart_AgreeWithTheBoundedDistance()
    {
        var random = new Random(27);
        var agreedWithin = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var a = RandomWord(random, random.Next(7, 14));
            var b = Edited(random, a);
            var expected = TokenClassifier.Distance(a, b, 1) <= 1;
            Assert.True(expected == TokenClassifier.WithinOneEdit(a, b), $"'{a}' and '{b}': expected {expected}");
            agreedWithin += expected ? 1 : 0;
        }

        Assert.InRange(agreedWithin, 1, 19_999);
    }

    [Theory]
    [InlineData("godverdomme", "godverdome", true)]
    [InlineData("godverdomme", "godferdomme", true)]
    [InlineData("godverdomme", "godvredomme", true)]
    [InlineData("godverdomme", "godverdommen", true)]
    [InlineData("godverdomme", "godverdomme", true)]
    [InlineData("godverdomme", "godferdome", false)]
    [InlineData("godverdomme", "dogverdomme", false)]
    [InlineData("godverdomme", "godverdommeee", false)]
    public void ACurseAndItsMisspellings(string curse, string word, bool within)
    {
        Assert.Equal(within, TokenClassifier.WithinOneEdit(word, curse));
        Assert.Equal(within, TokenClassifier.WithinOneEdit(curse, word));
        Assert.Equal(within, TokenClassifier.Distance(word, curse, 1) <= 1);
    }

    private static void AddAll(List<string> words, char[] buffer, int at)
    {
        if (at == buffer.Length)
        {
            words.Add(new string(buffer));
            return;
        }

        foreach (var letter in "abc")
        {
            buffer[at] = letter;
            AddAll(words, buffer, at + 1);
        }
    }

    private static string RandomWord(Random random, int length)
    {
        var letters = new char[length];
        for (var i = 0; i < length; i++)
        {
            letters[i] = (char)('a' + random.Next(4));
        }

        return new string(letters);
    }

    // Zero to three random edits (replace, drop, add, swap), so pairs within one edit and beyond it both occur.
    private static string Edited(Random random, string word)
    {
        var edits = random.Next(4);
        for (var e = 0; e < edits && word.Length > 1; e++)
        {
            var at = random.Next(word.Length - 1);
            word = random.Next(4) switch
            {
                0 => string.Concat(word.AsSpan(0, at), ((char)('a' + random.Next(4))).ToString(), word.AsSpan(at + 1)),
                1 => string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1)),
                2 => string.Concat(word.AsSpan(0, at), ((char)('a' + random.Next(4))).ToString(), word.AsSpan(at)),
                _ => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            };
        }

        return word;
    }
}
