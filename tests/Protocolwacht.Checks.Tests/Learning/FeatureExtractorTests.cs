using Protocolwacht.Checks.Learning;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>The learned second opinion's features: the same post gives the same slots in every process.</summary>
public class FeatureExtractorTests
{
    private static PostFeatures Features(string text) =>
        TestChecker.Instance.Analyse(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), "tom.hendriks", null, [])).Features;

    [Fact]
    public void SamePost_GivesTheSameSlots()
    {
        const string text = "Die statushouders zijn net kakkerlakken, ik weet waar je woont.";
        Assert.Equal(Features(text).Slots, Features(text).Slots);
        Assert.NotEmpty(Features(text).Slots);
    }

    // FNV-1a, not string.GetHashCode (randomised per process): the committed weights must find their slots.
    [Fact]
    public void Hash_IsFixedAcrossProcesses()
    {
        Assert.NotEqual(FeatureHash.Of("w", "rat"), FeatureHash.Of("c", "rat"));
        Assert.Equal(172151, FeatureHash.Of("w", "rat")); // FNV-1a of "w:rat", low 18 bits, computed outside .NET
    }

    // The words an explanation names are read from the check's tokens when asked: each key with its unigram slot.
    [Fact]
    public void Words_AreEveryTokenWithItsUnigramSlot()
    {
        var words = Features("Ze zijn ratten, echt ratten.").Words;

        Assert.Equal(["ze", "zijn", "ratten", "echt", "ratten"], words.Select(w => w.Word));
        Assert.Equal(words.Select(w => FeatureHash.Of("w", w.Word)), words.Select(w => w.Slot));
        Assert.Equal(("echt", FeatureHash.Of("w", "echt")), words[3]);
        Assert.Equal(5, words.Count);
    }

    // "ratten" and "kakkerlakken" share the dehumanising class, so an unseen vermin word shares its weight.
    [Fact]
    public void VerminWords_ShareTheirClassFeature()
    {
        var dehumanising = FeatureHash.Of("c", "dehumanising");
        Assert.Contains(dehumanising, Features("Ze zijn ratten.").Slots);
        Assert.Contains(dehumanising, Features("Ze zijn kakkerlakken.").Slots);
        Assert.DoesNotContain(dehumanising, Features("Ze zijn leerlingen.").Slots);
    }

    // Twenty-seventh pass (hate23): a vice denied ("totaal geen profiteurs") is a word of its own, without the vice's
    // class, so the model does not weigh the denial as the insult; the plain insult keeps both.
    [Fact]
    public void DeniedVice_IsItsOwnWord_WithoutTheVicesClass()
    {
        var insult = FeatureHash.Of("c", "insult-noun");
        var said = Features("Ze zijn profiteurs.").Slots;
        var denied = Features("Ze zijn totaal geen profiteurs.").Slots;

        Assert.Contains(insult, said);
        Assert.Contains(FeatureHash.Of("w", "profiteurs"), said);
        Assert.DoesNotContain(insult, denied);
        Assert.DoesNotContain(FeatureHash.Of("w", "profiteurs"), denied);
        Assert.Contains(FeatureHash.Of("w", "geen profiteurs"), denied);
    }

    // The training tool tells a group mention by the union of a post's word classes, not by a hashed slot that
    // another feature may share.
    [Fact]
    public void Classes_AreTheUnionOfTheWordsClasses()
    {
        var group = Checks.Language.WordClasses.Default.Mask("protected-group");
        Assert.NotEqual(ClassMask.Zero, Features("Onze buren zijn Turken en bakken heerlijk brood.").Classes & group);
        Assert.Equal(ClassMask.Zero, Features("Onze buren zijn bakkers en bakken heerlijk brood.").Classes & group);
    }

    [Fact]
    public void RuleFindings_AreFeatures()
    {
        var finding = FeatureHash.Of("finding", "profanity/Block");
        Assert.Contains(finding, Features("Wat een kutweer vandaag.").Slots);
        Assert.DoesNotContain(finding, Features("Wat een mooi weer vandaag.").Slots);
    }

    // Pairs are hashed without building "left right"; the trained weights were made from the joined string.
    [Theory]
    [InlineData("b", "die", "statushouders")]
    [InlineData("cc", "group", "vermin")]
    [InlineData("b", "", "x")]
    public void PairHash_EqualsTheHashOfTheJoinedName(string prefix, string left, string right) =>
        Assert.Equal(FeatureHash.Of(prefix, left + " " + right), FeatureHash.Of(prefix, left, right));
}
