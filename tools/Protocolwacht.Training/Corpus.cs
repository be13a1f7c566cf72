using Protocolwacht.Checks;
using Protocolwacht.Checks.Batch;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Checks.Learning;

namespace Protocolwacht.Training;

/// <summary>One labelled post after the rules ran: its batch (the cross-validation fold), labels, rule result and features.</summary>
internal sealed record Post(string Batch, string Id, ExpectedLabels Expected, CheckResult Rules, PostFeatures Features);

/// <summary>Reads labelled batches through the check: rules' result and features per post.</summary>
internal static class Corpus
{
    /// <summary>The post without the features that name rule findings: a model that must learn the language itself.</summary>
    public static Post WithoutFindingFeatures(Post post)
    {
        var findingSlots = typeof(Categories).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .SelectMany(c => Enum.GetNames<Severity>().Select(s => FeatureHash.Of("finding", c + "/" + s)))
            .ToHashSet();
        return post with { Features = post.Features with { Slots = [.. post.Features.Slots.Where(s => !findingSlots.Contains(s))] } };
    }

    public static List<Post> Load(ProtocolChecker checker, string file)
    {
        var batch = Path.GetFileNameWithoutExtension(file);
        var posts = new List<Post>();
        var n = 0;
        foreach (var line in File.ReadLines(file))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = BatchFormat.ParseLine(line, n);
            var labels = CorpusLabels.Parse(line, out var error);
            if (parsed.Request is null || labels is null)
            {
                throw new InvalidDataException($"{file}:{n}: {parsed.Error ?? error}");
            }

            var (rules, features) = checker.Analyse(parsed.Request);
            posts.Add(new Post(batch, parsed.Id ?? $"{batch}-{n}", labels, rules, features));
        }

        return posts;
    }
}
