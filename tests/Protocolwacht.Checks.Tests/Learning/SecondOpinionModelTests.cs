using Protocolwacht.Checks.Learning;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>The committed weights file of the learned second opinion (tools/Protocolwacht.Training writes it).</summary>
public class SecondOpinionModelTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Protocolwacht.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return dir.FullName;
    }

    // A training file changed or was added without `dotnet run --project tools/Protocolwacht.Training -c Release -- .`.
    [Fact]
    public void CommittedWeights_MatchTheTrainingFiles()
    {
        var files = TrainingSet.Files(RepositoryRoot());
        Assert.DoesNotContain(files, f => f.Contains("heldout", StringComparison.Ordinal) || f.Contains("holdout", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("dev2.jsonl", StringComparison.Ordinal));
        Assert.Equal(TrainingSet.Hash(files), SecondOpinionModel.Embedded.TrainingHash);
    }

    [Fact]
    public void WeightsFile_ReadsBackAsWritten()
    {
        var model = new SecondOpinionModel("abc", [new CategoryModel("confidential", -1.25, 0.9, new SlotWeights([3, 7], [-0.125, 0.5]))]);
        var back = SecondOpinionModel.Parse(model.Write());
        Assert.Equal("abc", back.TrainingHash);
        var category = Assert.Single(back.Categories);
        Assert.Equal((-1.25, 0.9), (category.Bias, category.Threshold));
        Assert.Equal([3, 7], category.Weights.Slots.ToArray());
        Assert.Equal(0.5, category.Weights.WeightOf(7));
        Assert.Equal(-0.125, category.Weights.WeightOf(3));
    }

    // score = logistic(bias + sum of the weights of the post's slots)
    [Fact]
    public void Score_IsTheLogisticOfBiasPlusWeights()
    {
        var model = new CategoryModel("confidential", -1, 0.5, new SlotWeights([1, 5, 9], [2, 0.5, 100]));
        var score = model.Score(new PostFeatures([1, 5, 6], [("geheim", 1), ("nog", 5)]));
        Assert.Equal(1 / (1 + Math.Exp(-1.5)), score, 12);
        Assert.Equal(["geheim", "nog"], model.HeaviestWords(new PostFeatures([1, 5, 6], [("geheim", 1), ("nog", 5)]), 2));
    }
}

/// <summary>
/// The check's scorer (features → dot product → logistic) against ML.NET's own probabilities for the first
/// three dev posts, as the training tool printed them when it wrote the committed weights.
/// </summary>
public class SecondOpinionScorerTests
{
    [Theory]
    [InlineData("dev-001", "harmful-statement", 0.036120772)]
    [InlineData("dev-002", "harmful-statement", 0.92079806)]
    [InlineData("dev-003", "harmful-statement", 0.000146969)]
    [InlineData("dev-001", "confidential", 0.0012848312)]
    [InlineData("dev-002", "confidential", 0.00015592155)]
    [InlineData("dev-003", "confidential", 0.0007493618)]
    [InlineData("dev-001", "personal-data", 0.004176828)]
    [InlineData("dev-002", "personal-data", 0.057811532)]
    [InlineData("dev-003", "personal-data", 0.0010959964)]
    public void Score_EqualsMlNetsProbability(string id, string category, double mlNet)
    {
        var line = File.ReadLines(Corpus.CorpusRun.Shared("dev.jsonl")).First(l => l.Contains($"\"id\": \"{id}\"", StringComparison.Ordinal));
        var request = Checks.Batch.BatchFormat.ParseLine(line, 1).Request!;
        var features = TestChecker.Instance.Analyse(request).Features;
        var model = SecondOpinionModel.Embedded.Categories.Single(c => c.Category == category);
        Assert.Equal(mlNet, model.Score(features), mlNet * 1e-5);
    }
}
