using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The word classes' forms are kept in a <see cref="FormTable"/> (an open-addressing table of the check's own, instead
/// of a frozen dictionary): it must answer what a dictionary of the same additions answers, for every form, for near
/// misses and after it has grown past its first size, and keep the forms in the order they were first added.
/// </summary>
public class FormTableTests
{
    [Fact]
    public void AFormAddedTwice_HoldsBothClasses_AndCountsOnce()
    {
        var table = new FormTable();
        table.Add("zigeuner", ClassMask.One << 3);
        table.Add("zigeuner", ClassMask.One << 70);

        Assert.Equal(1, table.Count);
        Assert.Equal((ClassMask.One << 3) | (ClassMask.One << 70), table.Of("zigeuner"));
        Assert.Equal(ClassMask.Zero, table.Of("zigeuners"));
        Assert.Equal(ClassMask.Zero, table.Of(string.Empty));
    }

    [Fact]
    public void EveryWordClassForm_AndItsNearMisses_AreAnsweredAsADictionaryOfTheSameAdditionsAnswers()
    {
        var forms = WordClasses.Default.Forms;
        var expected = new Dictionary<string, ClassMask>(StringComparer.Ordinal);
        var table = new FormTable();
        for (var i = 0; i < forms.Count; i++)
        {
            // Each form twice, with its classes split over the two additions, through a table that starts small.
            var mask = forms.MaskAt(i);
            var low = mask & ((ClassMask.One << 64) - 1);
            table.Add(forms.FormAt(i), low);
            table.Add(forms.FormAt(i), mask ^ low);
            expected[forms.FormAt(i)] = mask;
        }

        Assert.True(forms.Count > 10_000);
        Assert.Equal(expected.Count, table.Count);
        var disagreements = new List<string>();
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms.FormAt(i);
            foreach (var variant in new[] { form, form + "s", form[..^1], form[1..], form.ToUpperInvariant(), "é" + form })
            {
                if (table.Of(variant) != expected.GetValueOrDefault(variant))
                {
                    disagreements.Add(variant);
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Forms_KeepTheOrderOfTheirFirstAddition()
    {
        var table = new FormTable(2);
        string[] words = ["mier", "aap", "kakkerlak", "aap", "rat", "mier", "luis", "vlo", "teek", "wesp", "bij"];
        foreach (var word in words)
        {
            table.Add(word, ClassMask.One);
        }

        var order = Enumerable.Range(0, table.Count).Select(table.FormAt).ToArray();
        Assert.Equal(words.Distinct(StringComparer.Ordinal), order);
    }
}
