using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The token classifier finds the class words a compound ends with through a <see cref="SuffixTrie"/> (nodes in
/// arrays, children as sibling lists): it must offer exactly the stored words a key ends with, shortest of the whole
/// key excluded, longest first, with their classes ORed over repeated additions — as a plain set of the same words says.
/// </summary>
public class SuffixTrieTests
{
    [Fact]
    public void Longest_OffersTheStoredEndingsLongestFirst_AndStopsAtTheFirstAccepted()
    {
        var trie = new SuffixTrie();
        trie.Add("turken", ClassMask.One << 1);
        trie.Add("ken", ClassMask.One << 2);
        trie.Add("ken", ClassMask.One << 5);
        trie.Add("kankerturken", ClassMask.One << 3);
        var offered = new List<int>();

        var none = trie.Longest("kankerturken", (_, length) => { offered.Add(length); return false; });
        var accepted = trie.Longest("kankerturken", (_, length) => length == 3);

        Assert.Equal([6, 3], offered);
        Assert.Equal(ClassMask.Zero, none);
        Assert.Equal((ClassMask.One << 2) | (ClassMask.One << 5), accepted);
        Assert.Equal(ClassMask.Zero, trie.Longest("ken", (_, _) => true));
    }

    [Fact]
    public void EveryClassFormsEnding_IsOfferedAsASetOfTheSameWordsSays()
    {
        var forms = WordClasses.Default.Forms;
        var trie = new SuffixTrie();
        var stored = new Dictionary<string, ClassMask>(StringComparer.Ordinal);
        for (var i = 0; i < forms.Count; i++)
        {
            if (forms.FormAt(i).Length >= 3)
            {
                trie.Add(forms.FormAt(i), forms.MaskAt(i));
                stored[forms.FormAt(i)] = stored.GetValueOrDefault(forms.FormAt(i)) | forms.MaskAt(i);
            }
        }

        var differences = new List<string>();
        for (var i = 0; i < forms.Count; i += 3)
        {
            foreach (var key in new[] { "kanker" + forms.FormAt(i), forms.FormAt(i), "x" + forms.FormAt(i) + "s" })
            {
                var expected = Expected(stored, key);
                var offered = new List<(int, ClassMask)>();
                trie.Longest(key, (k, length) => { offered.Add((length, stored[k[^length..]])); return false; });
                if (!offered.SequenceEqual(expected))
                {
                    differences.Add(key);
                }
            }
        }

        Assert.True(forms.Count > 10_000);
        Assert.Empty(differences);
    }

    // The stored words the key ends with, never the whole key, at most the 32 shortest, longest first.
    private static List<(int, ClassMask)> Expected(Dictionary<string, ClassMask> stored, string key)
    {
        var found = new List<(int, ClassMask)>();
        for (var length = 1; length < key.Length && found.Count < 32; length++)
        {
            if (stored.TryGetValue(key[^length..], out var mask) && mask != 0)
            {
                found.Add((length, mask));
            }
        }

        found.Reverse();
        return found;
    }
}
