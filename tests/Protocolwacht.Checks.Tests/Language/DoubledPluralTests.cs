using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The generated form table (tools/Protocolwacht.Morphology) and Dutch plurals after a short vowel (tests14): a short
/// vowel before one final consonant doubles it (slet → sletten, zak → zakken), a long vowel written double is written
/// single in the open syllable (boot → boten, haan → hanen; "maan" is no lemma of the table), and the nouns whose vowel
/// lengthens keep their plain plural (dak → daken, weg → wegen). Before the tool's rule the table had "sleten" for slet
/// and "zaken" and "poten" beside "zakken" and "potten": OpenTaal's dictionary gives those nouns the plain -en plural's
/// flag as well.
/// </summary>
public class DoubledPluralTests
{
    [Theory]
    [InlineData("slet", "sletten", "sleten")]
    [InlineData("zak", "zakken", "zaken")]
    [InlineData("pot", "potten", "poten")]
    [InlineData("stal", "stallen", "stalen")]
    [InlineData("mal", "mallen", "malen")]
    public void AShortVowelBeforeOneConsonant_DoublesIt(string lemma, string plural, string notPlural)
    {
        var forms = Morphology.FormsOf(lemma).ToList();

        Assert.Contains(plural, forms);
        Assert.DoesNotContain(notPlural, forms);
    }

    [Theory]
    [InlineData("boot", "boten")]
    [InlineData("haan", "hanen")]
    [InlineData("raam", "ramen")]
    [InlineData("dak", "daken")]
    [InlineData("weg", "wegen")]
    [InlineData("slot", "sloten")]
    public void ALongOrLengthenedVowel_KeepsItsPlainPlural(string lemma, string plural) =>
        Assert.Contains(plural, Morphology.FormsOf(lemma));

    [Fact]
    public void NoLemmaOfTheTable_HasBothThePlainAndTheDoubledPlural()
    {
        var both = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "src", "Protocolwacht.Checks", "Language", "Data", "forms.tsv")))
        {
            var fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 2 || fields[0].Length < 3)
            {
                continue;
            }

            var (lemma, forms) = (fields[0], fields[1].Split(' '));
            if (forms.Contains(lemma + "en") && forms.Contains(lemma + lemma[^1] + "en"))
            {
                both.Add(lemma);
            }
        }

        Assert.Empty(both);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Protocolwacht.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Protocolwacht.slnx not found above the test's folder");
    }
}
