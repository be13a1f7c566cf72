using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Protocolwacht.Checks.Learning;

namespace Protocolwacht.Training;

/// <summary>The regularisation of one candidate model.</summary>
internal sealed record Settings(float L1, float L2)
{
    public override string ToString() => $"L1={L1} L2={L2}";
}

/// <summary>A row as ML.NET reads it: the label and the sparse hashed features.</summary>
internal sealed class Row
{
    public bool Label { get; set; }

    [VectorType(FeatureHash.Size)]
    public VBuffer<float> Features { get; set; }
}

/// <summary>
/// L-BFGS logistic regression of ML.NET, one thread and a fixed seed so a run is repeatable; the weights
/// are read out of the trained model into the check's own <see cref="CategoryModel"/>.
/// </summary>
internal static class Trainer
{
    public static Row ToRow(Post post, string category)
    {
        var values = Enumerable.Repeat(1f, post.Features.Slots.Length).ToArray();
        return new Row
        {
            Label = post.Expected.Categories.Contains(category),
            Features = new VBuffer<float>(FeatureHash.Size, post.Features.Slots.Length, values, post.Features.Slots),
        };
    }

    public static (CategoryModel Model, ITransformer Transformer, MLContext Context) Train(IEnumerable<Post> posts, string category, Settings settings, double threshold)
    {
        var ml = new MLContext(seed: 9);
        var data = ml.Data.LoadFromEnumerable(posts.Select(p => ToRow(p, category)));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
        });
        var transformer = trainer.Fit(data);
        var linear = transformer.Model.SubModel;
        // The non-zero weights, their slots ascending as SlotWeights keeps them.
        var slots = new List<int>();
        var weights = new List<double>();
        var i = 0;
        foreach (var w in linear.Weights)
        {
            if (w != 0)
            {
                slots.Add(i);
                weights.Add(w);
            }

            i++;
        }

        return (new CategoryModel(category, linear.Bias, threshold, new SlotWeights([.. slots], [.. weights])), transformer, ml);
    }

    /// <summary>ML.NET's own probability for a post, to show the check's scorer computes the same.</summary>
    public static float LibraryProbability(MLContext ml, ITransformer transformer, Post post, string category)
    {
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(transformer);
        return engine.Predict(ToRow(post, category)).Probability;
    }

    internal sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
