using Protocolwacht.Checks.Learning;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>What the second opinion adds to the rules' findings: only a doubt, only where the rules were silent.</summary>
public class SecondOpinionTests
{
    // A model that scores high on "geheim" and low otherwise.
    private static readonly SecondOpinionModel Model = new("test",
        [new CategoryModel(Categories.Confidential, -4, 0.5, TestWeights.Of(new Dictionary<int, double> { [FeatureHash.Of("w", "geheim")] = 6, [FeatureHash.Of("w", "nog")] = 1 }))]);

    private static PostFeatures Features(string text) =>
        TestChecker.Instance.Analyse(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), "tom.hendriks", null, [])).Features;

    [Fact]
    public void AFlaggedPost_GetsADoubtNamingItsHeaviestWords()
    {
        var findings = new List<Finding>();
        SecondOpinion.Add(Model, Features("Het blijft nog even geheim, maar er komt iets moois aan."), findings);
        var finding = Assert.Single(findings);
        Assert.Equal((Categories.Confidential, Severity.Doubt), (finding.Category, finding.Severity));
        Assert.Equal("Dit bericht lijkt op berichten die vertrouwelijke informatie bevatten (woorden: geheim, nog). Twijfel je? Vraag je leidinggevende.", finding.Message);
    }

    [Fact]
    public void APostBelowTheThreshold_GetsNothing()
    {
        var findings = new List<Finding>();
        SecondOpinion.Add(Model, Features("Er komt iets moois aan."), findings);
        Assert.Empty(findings);
    }

    // The rules already raised the category: the model neither adds a second finding nor replaces the rule's.
    [Fact]
    public void ARuleFinding_IsNeverRemovedNorDoubled()
    {
        var rule = new Finding(Categories.Confidential, Severity.Block, "R3", 0, 6, "regel");
        var findings = new List<Finding> { rule };
        SecondOpinion.Add(Model, Features("Het blijft nog even geheim."), findings);
        Assert.Equal([rule], findings);

        var other = new List<Finding> { new(Categories.Profanity, Severity.Block, "DONT3", 0, 3, "regel") };
        SecondOpinion.Add(Model, Features("Het blijft nog even geheim."), other);
        Assert.Equal(2, other.Count);
        Assert.Equal(Categories.Profanity, other[0].Category);
    }

    // Wired into the product's check: where the rules are silent the embedded model may doubt, never block. These
    // allowed look-alikes (from the rules' pattern tests, where the rules alone still pass them) are known false doubts
    // of the committed model: a doubt sends them to the leidinggevende instead of letting them through, the price of
    // the fewer missed blocks. Stop 29's training run (the tenth pass's fresh16-lead file added) chose
    // harmful-statement 0.95 under its cap (0.8 would doubt 5.1 % of the 217 allowed group mentions, cap 5 %), so of
    // the eight known false doubts of stop 28 only the second stays; the other seven are below. Stop 30's retraining
    // (3,147 posts, the eleventh pass's three tuning batches added; harmful-statement 0.9) scores the history lesson
    // about the Roma at 0.91: a false doubt again. Stop 31's retraining (3,257 posts, the twelfth pass's two tuning
    // batches added; harmful-statement 0.9 again) lets the Roma lesson through and scores "Vrouwen kunnen niet alleen
    // lesgeven …" at 0.905: that one is the false doubt now. Stop 32's retraining (3,369 posts, the thirteenth pass's
    // two tuning batches added; harmful-statement 0.9, confidential 0.4) lets "Vrouwen …" through again (below the
    // threshold, in the theory below) and doubts "Vluchtelingen willen alleen maar een veilige plek …" instead. Stop
    // 33's retraining (3,485 posts, the fourteenth pass's two tuning batches added; harmful-statement 0.9, confidential
    // 0.7, personal-data 0.7) lets "Vluchtelingen …" through (below, in the theory below) and scores "Vrouwen kunnen
    // niet alleen lesgeven …" at 0.935 and the exhibition countdown at 0.929: both false doubts again. Stop 34's
    // retraining (3,596 posts, the fifteenth pass's two tuning batches added; harmful-statement 0.95, confidential 0.4,
    // personal-data 0.9) lets both through, and the question about Ukrainians' work too (below, in the theory below):
    // of the known false doubts only the confidential one stays. Stop 35's retraining (3,710 posts, the sixteenth pass's
    // two tuning batches added; harmful-statement 0.95 again, now under a cap on all group mentions stopped, rules and
    // model together; confidential 0.3, personal-data 0.9) keeps those verdicts and scores "Ouderen zijn kwetsbaar voor
    // het virus, dus houd afstand." at 0.48, under one half: it left the theory below, which shows scores between one
    // half and the threshold. Stop 37's retraining (3,933 posts, the eighteenth pass's two tuning batches added;
    // harmful-statement 0.95, confidential 0.97, personal-data 0.9) no longer doubts the adjunct's birthday lunch at the
    // MT meeting (the last known confidential false doubt), scores the Roma history lesson at 0.47 (under one half: it
    // left the theory below) and the exhibition countdown "Nog zes weken en dan is onze tentoonstelling klaar, kom je
    // kijken?" at 0.97: a false doubt again, like a complaint's countdown to the holidays (it left the theory below
    // too). The model's confidential doubt is shown on a training post the rules miss: staff made redundant, told
    // before it is announced.
    [Theory]
    [InlineData("Deze week voerde ik het ene na het andere gesprek over boventalligheid. Voor vier collega's op twee van onze scholen is er volgend jaar waarschijnlijk geen plek meer. Zwaar werk, maar het hoort erbij.", Categories.Confidential)]
    public void TheProductsCheck_AddsTheModelsDoubt_WhereTheRulesAreSilent_NeverABlock(string text, string category)
    {
        Assert.False(TestChecker.PersonalByRules(text).Has(category));

        var result = TestChecker.Personal(text);

        var finding = Assert.Single(result.Findings, f => f.Category == category);
        Assert.Equal(Severity.Doubt, finding.Severity);
        Assert.StartsWith("Dit bericht lijkt op berichten die", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Doubt, result.Verdict);
    }

    // The allowed group mentions and counter-speech the model doubted at stop 28's threshold (0.8) and no longer does.
    // The model still scores each above one half (at stop 28's 0.8 most were doubted), only below the committed threshold.
    // Stop 38's retraining scores "Het homofiele stel van de overkant heeft een hond geadopteerd." at 0.44, under one
    // half, so it left this theory; stop 43's scores "Asielzoekers mogen alleen geld opnemen met een pas van het COA." at
    // 0.497, so it left too; stop 47's scores "Vluchtelingen willen alleen maar een veilige plek voor hun gezin." at 0.41,
    // so it left as well. Stop 49's scores "Waarom mogen Oekraïners hier niet gewoon werken tijdens hun procedure?" at
    // 0.961, above the threshold: a sympathetic question now doubted (the stop's batches taught the model questions of
    // removal, "waarom … niet"); it left this theory and is named as a false doubt in the Checks README (stop 49).
    [Theory]
    [InlineData("Iemand kalkte 'Polen zijn tuig' op de brug. Zulke haat hoort nergens thuis.")]
    [InlineData("Vrouwen kunnen niet alleen lesgeven maar ook prima een school leiden.")]
    public void TheProductsCheck_LetsTheseGroupMentionsThrough_BelowTheThreshold(string text)
    {
        var harmful = SecondOpinionModel.Embedded.Categories.Single(c => c.Category == Categories.HarmfulStatement);
        Assert.InRange(harmful.Score(Features(text)), 0.5, harmful.Threshold);

        var result = TestChecker.Personal(text);

        Assert.DoesNotContain(result.Findings, f => f.Category == Categories.HarmfulStatement);
        Assert.Equal(Verdict.Allow, result.Verdict);
    }
}
