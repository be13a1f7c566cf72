using Protocolwacht.Checks.Language;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// The generated form table (tools/Protocolwacht.Morphology) and Dutch plurals after a short vowel (tests14): a short
/// vowel before one final consonant doubles it (slet → sletten, zak → zakken), a long vowel written double is written
/// single in the open syllable (boot → boten, haan → hanen; "maan" is no lemma of the table), and the nouns whose vowel
/// lengthens keep their plain plural (dak → daken, weg → wegen). Before the tool's rule the table had "sleten" for slet
/// and "zaken" and "poten" beside "zakken" and "potten": OpenTaal's dictionary gives those nouns the plain -en plural's
/// flag as well.
/// tests15: the tool's rule kept "kaken" for kak (nl.dic's kak/ZbYb; the doubled "kakken" is only a verb, so the rule
/// never fired: "kaken" is kaak's plural), dropped "paden" for pad (its own choice for the toad's "padden"), and kept
/// "grafen" for graf (nl.dic's Zb adds "en" without voicing the f). Now a doubtful plain plural stays only when the
/// dictionary's compounds take it (voetpad, alcoholslot; not zak, slet, kak), and one after f or s is voiced.
/// tests16: the table had "mezen" for mes and "klazen" beside "klassen" for klas: nl.dic gives those nouns the voiced
/// plural's flag Zh (mes/YbZh, klas/CaCcZeZhYb), which the rule did not read as a lengthened plural. Now it does, and a
/// doubled plural the compounds take is added (keukenmes/Ze and 52 more: "messen"; nl.dic has no "messen").
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

    [Theory]
    [InlineData("kak", "kaken")]
    [InlineData("zak", "zaken")]
    [InlineData("kwal", "kwalen")]
    [InlineData("plat", "platen")]
    [InlineData("slet", "sleten")]
    public void APlainPluralThatIsTheLongVowelNounsOrUnattested_IsNotTheShortOnes(string lemma, string notPlural) =>
        Assert.DoesNotContain(notPlural, Morphology.FormsOf(lemma));

    [Theory]
    [InlineData("kaak", "kaken")]
    [InlineData("pad", "paden")]
    [InlineData("pad", "padden")]
    [InlineData("slot", "sloten")]
    [InlineData("dag", "dagen")]
    [InlineData("blad", "bladen")]
    [InlineData("spel", "spelen")]
    public void APlainPluralTheCompoundsTake_OrALongVowelsOwn_Stays(string lemma, string plural) =>
        Assert.Contains(plural, Morphology.FormsOf(lemma));

    [Theory]
    [InlineData("graf", "graven", "grafen")]
    [InlineData("giraf", "giraffen", "girafen")]
    [InlineData("juf", "juffen", "juven")]
    [InlineData("adres", "adressen", "adrezen")]
    [InlineData("kas", "kassen", "kazen")]
    public void AfterFOrS_ALengthenedVowelsPluralIsVoiced_AndADoubledOneIsNot(string lemma, string plural, string notPlural)
    {
        var forms = Morphology.FormsOf(lemma).ToList();

        Assert.Contains(plural, forms);
        Assert.DoesNotContain(notPlural, forms);
    }

    [Theory]
    [InlineData("mes", "messen", "mezen")]
    [InlineData("klas", "klassen", "klazen")]
    public void AVoicedPluralOfTheLongVowelNoun_IsNotTheShortOnes(string lemma, string plural, string notPlural)
    {
        var forms = Morphology.FormsOf(lemma).ToList();

        Assert.Contains(plural, forms);
        Assert.DoesNotContain(notPlural, forms);
    }

    // The same family keeps the plural it had: doubled after a short vowel, voiced after a lengthened or long one.
    [Theory]
    [InlineData("les", "lessen")]
    [InlineData("vis", "vissen")]
    [InlineData("plas", "plassen")]
    [InlineData("zus", "zussen")]
    [InlineData("vos", "vossen")]
    [InlineData("graf", "graven")]
    [InlineData("huis", "huizen")]
    [InlineData("muis", "muizen")]
    [InlineData("gans", "ganzen")]
    public void TheRestOfTheFamily_KeepsItsPlural(string lemma, string plural) =>
        Assert.Contains(plural, Morphology.FormsOf(lemma));

    // pad is two nouns (a path: paden; a toad: padden); every other lemma with a short vowel has one plural.
    [Fact]
    public void OnlyPad_HasBothThePlainAndTheDoubledPlural()
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

        Assert.Equal(["pad"], both);
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
