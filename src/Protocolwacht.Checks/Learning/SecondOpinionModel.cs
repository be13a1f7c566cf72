using System.Globalization;
using System.Text;
using Protocolwacht.Checks.Lexicons;

namespace Protocolwacht.Checks.Learning;

/// <summary>
/// The learned second opinion's weights file (Learning/Data/second-opinion.tsv), written by
/// tools/Protocolwacht.Training. Lines: <c>training-hash</c> (SHA-256 of the training files, so a test can
/// tell when the weights are stale), <c>bits</c>, then per category a <c>category name bias threshold</c>
/// line followed by <c>slot weight</c> lines. Numbers are invariant round-trip text.
/// </summary>
internal sealed record SecondOpinionModel(string TrainingHash, IReadOnlyList<CategoryModel> Categories)
{
    public const string ResourceName = "Learning.Data.second-opinion.tsv";

    private static readonly Lazy<SecondOpinionModel> Shared = new(() => Parse(DataFiles.ReadEmbeddedText(ResourceName)));

    // All categories' weights in one table, so a check looks each slot up once (CategoryWeightTable says why).
    private readonly CategoryWeightTable _table = new([.. Categories.Select(c => c.Weights)]);

    public static SecondOpinionModel Embedded => Shared.Value;

    /// <summary>Every category's probability for the post, in the order of <see cref="Categories"/>; each equals its <see cref="CategoryModel.Score"/>.</summary>
    public double[] Scores(PostFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sums = new double[Categories.Count];
        for (var c = 0; c < sums.Length; c++)
        {
            sums[c] = Categories[c].Bias;
        }

        _table.AddTo(features.Slots, sums);
        for (var c = 0; c < sums.Length; c++)
        {
            sums[c] = 1.0 / (1.0 + Math.Exp(-sums[c]));
        }

        return sums;
    }

    // Read line by line over spans: no array of lines or fields. A category's weights go into one buffer as long as the
    // file has lines (more than any category has weights), and the category takes a copy of its part: plain arrays, not
    // dictionaries (SlotWeights says why); at start-up this was the largest part of loading the second opinion.
    public static SecondOpinionModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = string.Empty;
        var categories = new List<CategoryModel>();
        string? name = null;
        double bias = 0, threshold = 1;
        var all = text.AsSpan();
        var lines = 1;
        foreach (var c in all)
        {
            lines += c == '\n' ? 1 : 0;
        }

        var slots = new int[lines];
        var weights = new double[lines];
        var count = 0;
        foreach (var range in all.Split('\n'))
        {
            var line = all[range].TrimEnd('\r');
            var tab = line.IndexOf('\t');
            var first = tab < 0 ? line : line[..tab];
            var rest = tab < 0 ? [] : line[(tab + 1)..];
            if (first.IsEmpty || first[0] == '#')
            {
                continue;
            }

            if (first.SequenceEqual("training-hash"))
            {
                hash = Field(rest, 0).ToString();
            }
            else if (first.SequenceEqual("bits"))
            {
                if (int.Parse(Field(rest, 0), CultureInfo.InvariantCulture) != FeatureHash.Bits)
                {
                    throw new InvalidDataException($"Model hashed into 2^{Field(rest, 0)} slots, the extractor into 2^{FeatureHash.Bits}.");
                }
            }
            else if (first.SequenceEqual("category"))
            {
                Flush();
                (name, bias, threshold) = (Field(rest, 0).ToString(), Number(Field(rest, 1)), Number(Field(rest, 2)));
            }
            else
            {
                var slot = int.Parse(first, CultureInfo.InvariantCulture);
                if (slot < 0 || (count > 0 && slot <= slots[count - 1]))
                {
                    throw new InvalidDataException($"Slot {slot} of category {name} is negative or not above the slot before it: the weights file lists each category's slots once, ascending.");
                }

                (slots[count], weights[count]) = (slot, Number(Field(rest, 0)));
                count++;
            }
        }

        Flush();
        return new SecondOpinionModel(hash, categories);

        void Flush()
        {
            if (name is not null)
            {
                var ownSlots = new int[count];
                var ownWeights = new double[count];
                Array.Copy(slots, ownSlots, count);
                Array.Copy(weights, ownWeights, count);
                categories.Add(new CategoryModel(name, bias, threshold, new SlotWeights(ownSlots, ownWeights)));
            }

            count = 0;
        }
    }

    // The n-th tab-separated field of the rest of a line; a missing field is a broken weights file.
    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> fields, int n)
    {
        foreach (var range in fields.Split('\t'))
        {
            if (n-- == 0)
            {
                return fields[range];
            }
        }

        throw new InvalidDataException("A line of the weights file has too few fields.");
    }

    public string Write()
    {
        var b = new StringBuilder();
        b.Append("# Generated by tools/Protocolwacht.Training; do not edit. See src/Protocolwacht.Checks/README.md.\n");
        b.Append(CultureInfo.InvariantCulture, $"training-hash\t{TrainingHash}\nbits\t{FeatureHash.Bits}\n");
        foreach (var c in Categories)
        {
            b.Append(CultureInfo.InvariantCulture, $"category\t{c.Category}\t{c.Bias:R}\t{c.Threshold:R}\n");
            var slots = c.Weights.Slots;
            var weights = c.Weights.Weights;
            for (var i = 0; i < slots.Length; i++)
            {
                b.Append(CultureInfo.InvariantCulture, $"{slots[i]}\t{weights[i]:R}\n");
            }
        }

        return b.ToString();
    }

    private static double Number(ReadOnlySpan<char> s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
