using System.Collections.Concurrent;
using System.Globalization;
using Protocolwacht.Checks;
using Protocolwacht.Checks.Learning;
using Protocolwacht.Domain.Organisation;
using Verdict = Protocolwacht.Domain.Posts.Verdict;
using Protocolwacht.Training;

// Usage: dotnet run --project tools/Protocolwacht.Training -c Release -- [repository root] [--heldout] [--with-findings]
//        [--settings L1,L2] [--categories A,B] [--weights FILE] [--files NAME-PART] [--training] [--list-stopped]
// Without --heldout: leave-one-batch-out cross-validation over the training batches, choice of settings and
// thresholds on it, then the final model trained on every training batch, written to the check's weights file.
// With --heldout: the committed weights (or --weights FILE) against the held-out batches, rules alone and rules +
// model; --files NAME-PART scores the corpus files whose name contains NAME-PART instead (for instance new training
// batches against the weights that were trained before they existed); --training scores the training files.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = Path.GetFullPath(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a)) ?? ".");
var modelPath = Path.Combine(root, "src", "Protocolwacht.Checks", "Learning", "Data", "second-opinion.tsv");
// The candidates; --categories A,B limits them (a quicker run). A category is kept only where cross-validation shows a gain.
string[] categories = Option("--categories")?.Split(',') ??
    [Categories.HarmfulStatement, Categories.Confidential, Categories.PersonalData, Categories.Profanity, Categories.Discussion, Categories.Capacity];
double[] thresholdGrid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99];
// --settings L1,L2 fixes the regularisation (half the run time on a busy machine); by default both are tried.
Settings[] grid = Option("--settings") is { } fixedSettings
    ? [new(float.Parse(fixedSettings.Split(',')[0], CultureInfo.InvariantCulture), float.Parse(fixedSettings.Split(',')[1], CultureInfo.InvariantCulture))]
    : [new(0.25f, 0.5f), new(1f, 1f)];
const double Never = 2.0;

var checker = ProtocolChecker.Create(OrganisationModel.Demo);

if (args.Contains("--heldout"))
{
    var model = SecondOpinionModel.Parse(File.ReadAllText(Option("--weights") ?? modelPath));
    var part = Option("--files");
    // --training scores the training files themselves with the committed weights (no training): the rules' stops of
    // the group mentions the cap is measured on, before and after a change of rules.
    var scored = args.Contains("--training") ? TrainingSet.Files(root)
        : part is null ? TrainingSet.HeldOutFiles(root)
        : [.. TrainingSet.Files(root).Concat(TrainingSet.HeldOutFiles(root)).Where(f => Path.GetFileName(f).Contains(part, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    var all = new List<Post>();
    foreach (var file in scored)
    {
        all.AddRange(Corpus.Load(checker, file).Select(p => !args.Contains("--with-findings") ? Corpus.WithoutFindingFeatures(p) : p));
    }

    // The committed thresholds, then every category at 0.5 and 0.3: what the model would add if it were trusted more.
    foreach (var fixedThreshold in new double?[] { null, 0.5, 0.3 })
    {
        var thresholds = model.Categories.ToDictionary(c => c.Category, c => fixedThreshold ?? c.Threshold);
        Console.WriteLine($"\nthresholds {string.Join(", ", thresholds.Select(t => $"{t.Key} {t.Value}"))}");
        Console.WriteLine("held-out batch | posts | rules alone (accuracy / missed-block / false-block) | rules + model");
        foreach (var batch in all.Select(p => p.Batch).Distinct())
        {
            Report(batch, all.Where(p => p.Batch == batch).ToList(), p => model.Categories.ToDictionary(c => c.Category, c => c.Score(p.Features)), thresholds);
        }

        Report("all held-out", all, p => model.Categories.ToDictionary(c => c.Category, c => c.Score(p.Features)), thresholds);
    }

    return;
}

var files = TrainingSet.Files(root);
var hash = TrainingSet.Hash(files);
// By default the rule findings are left out of the features: with them the model learns to repeat the rules
// (cross-validated gain +2 posts of 2,357); without them it must read the language (docs: Checks README).
var withoutFindings = !args.Contains("--with-findings");
var posts0 = files.SelectMany(f => Corpus.Load(checker, f)).Select(p => withoutFindings ? Corpus.WithoutFindingFeatures(p) : p).ToList();
Console.Error.WriteLine("features extracted");
var batches = posts0.Select(p => p.Batch).Distinct().ToList();
Console.WriteLine($"{posts0.Count} training posts in {batches.Count} batches; training hash {hash}");
Console.WriteLine($"posts where a rule threw (internal doubt): {string.Join(", ", posts0.Where(p => p.Rules.Findings.Any(f => f.Category == Categories.Internal)).Select(p => p.Id))}");

// Out-of-fold scores per setting: each batch scored by models trained on all other batches.
var oof = new Dictionary<Settings, Dictionary<string, Dictionary<string, double>>>();
foreach (var settings in grid)
{
    var scores = new ConcurrentDictionary<string, Dictionary<string, double>>();
    Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, batch =>
    {
        var train = posts0.Where(p => p.Batch != batch).ToList();
        var test = posts0.Where(p => p.Batch == batch).ToList();
        foreach (var category in categories)
        {
            var (model, _, _) = Trainer.Train(train, category, settings, Never);
            foreach (var p in test)
            {
                scores.GetOrAdd(p.Id + "\u0001" + p.Batch, _ => new Dictionary<string, double>())[category] = model.Score(p.Features);
            }
        }

        Console.Error.WriteLine($"{settings}: fold {batch} done");
    });
    oof[settings] = scores.ToDictionary(k => k.Key, k => k.Value);
}

Dictionary<string, double> ScoresOf(Settings s, Post p) => oof[s][p.Id + "\u0001" + p.Batch];

// Thresholds per category on the pooled out-of-fold scores, one category after the other (greedy): a threshold is
// eligible only where it does not raise false-block, and taken only where it beats the thresholds chosen so far; among
// those, ThresholdChoice takes the one with the fewest missed blocks that cross-validation cannot tell from the best
// (one standard error over the batches). A category with no such threshold never fires (threshold 2) and is left out
// of the weights file. With the cap (GroupMentions), a threshold
// under which the check as a whole (rules and model) stops more than 5 % of the group mentions is not eligible; the
// choice without it is shown beside.
var rulesAlone = Opinion.Evaluate(posts0, p => p.Rules);
var postsByBatch = batches.Select(b => posts0.Where(p => p.Batch == b).ToList()).ToList();
var mentions = posts0.Where(GroupMentions.IsGroupMention).ToList();
Console.WriteLine($"rules alone, all training posts: {Opinion.Figures(rulesAlone)}");
Console.WriteLine($"group mentions (allowed posts naming a protected group): {mentions.Count}; stopped by the rules alone {GroupMentions.Figures(GroupMentions.Stopped(mentions, p => p.Rules))}");
Settings? best = null;
Dictionary<string, double>? bestThresholds = null;
var bestBenefit = int.MinValue;
foreach (var settings in grid)
{
    foreach (var cap in new double?[] { null, GroupMentions.Cap })
    {
        var chosen = Choose(settings, cap);
        var combined = Opinion.Evaluate(posts0, p => Opinion.Combine(p, ScoresOf(settings, p), chosen));
        var total = Opinion.Benefit(combined);
        var doubted = GroupMentions.DoubtedByModel(mentions, p => Opinion.Combine(p, ScoresOf(settings, p), chosen));
        Console.WriteLine($"{settings}, {(cap is null ? "no cap" : $"cap {cap}")}: thresholds {string.Join(", ", chosen.Select(c => $"{c.Key} {c.Value}"))}; "
            + $"cross-validated rules + model {Opinion.Figures(combined)}; group mentions doubted by the model {GroupMentions.Figures(doubted)}");
        if (cap is not null && total > bestBenefit)
        {
            (best, bestThresholds, bestBenefit) = (settings, chosen, total);
        }
    }
}

Dictionary<string, double> Choose(Settings settings, double? cap)
{
    var chosen = categories.ToDictionary(c => c, _ => Never);
    foreach (var category in categories)
    {
        var current = Opinion.Evaluate(posts0, p => Opinion.Combine(p, ScoresOf(settings, p), chosen));
        var (baseline, falseBlocks) = (Opinion.Benefit(current), current.FalseBlocks.Count);
        var eligibleCandidates = new List<ThresholdCandidate>();
        foreach (var t in thresholdGrid)
        {
            var trial = new Dictionary<string, double>(chosen) { [category] = t };
            var report = Opinion.Evaluate(posts0, p => Opinion.Combine(p, ScoresOf(settings, p), trial));
            var benefit = Opinion.Benefit(report);
            var doubted = GroupMentions.DoubtedByModel(mentions, p => Opinion.Combine(p, ScoresOf(settings, p), trial));
            var stopped = GroupMentions.Stopped(mentions, p => Opinion.Combine(p, ScoresOf(settings, p), trial));
            var eligible = (cap is null || stopped.Value <= cap) && report.FalseBlocks.Count <= falseBlocks;
            Console.WriteLine($"  {settings} {category} t={t}: benefit {benefit - Opinion.Benefit(rulesAlone):+0;-0;0}, missed-block {report.MissedBlocks.Count}, group mentions doubted by the model {GroupMentions.Figures(doubted)}, stopped {GroupMentions.Figures(stopped)}{(eligible ? "" : " (not eligible)")}");
            if (eligible)
            {
                var perBatch = postsByBatch.Select(b => Opinion.Benefit(Opinion.Evaluate(b, p => Opinion.Combine(p, ScoresOf(settings, p), trial)))).ToList();
                eligibleCandidates.Add(new ThresholdCandidate(t, benefit, report.MissedBlocks.Count, perBatch));
            }
        }

        if (ThresholdChoice.Choose(eligibleCandidates, baseline) is { } choice)
        {
            var best = eligibleCandidates.MaxBy(c => c.Benefit)!;
            Console.WriteLine($"  {settings} {category}: best t={best.Threshold} ({best.Benefit - Opinion.Benefit(rulesAlone):+0;-0;0}); within one standard error "
                + string.Join(", ", ThresholdChoice.WithinOneStandardError(eligibleCandidates.Where(c => c.Benefit > baseline).ToList()).Select(c => $"t={c.Threshold} (missed-block {c.MissedBlocks}, SE {ThresholdChoice.StandardError(best, c):0.00})"))
                + $"; chosen t={choice.Threshold} "
                + $"({choice.Benefit - Opinion.Benefit(rulesAlone):+0;-0;0}, missed-block {choice.MissedBlocks}, standard error of the difference {ThresholdChoice.StandardError(best, choice):0.0})");
            chosen[category] = choice.Threshold;
        }
    }

    return chosen;
}

var thresholdsChosen = bestThresholds!;
Console.WriteLine($"\nchosen: {best}, thresholds {string.Join(", ", thresholdsChosen.Select(c => $"{c.Key} {c.Value}"))}");
Console.WriteLine("batch | posts | rules alone (accuracy / missed-block / false-block) | rules + model, cross-validated");
foreach (var batch in batches)
{
    Report(batch, posts0.Where(p => p.Batch == batch).ToList(), p => ScoresOf(best!, p), thresholdsChosen);
}

Report("all training batches", posts0, p => ScoresOf(best!, p), thresholdsChosen);

// The final model: every training batch, the chosen settings and thresholds.
var final = new List<CategoryModel>();
foreach (var category in categories.Where(c => thresholdsChosen[c] < Never))
{
    var (model, transformer, ml) = Trainer.Train(posts0, category, best!, thresholdsChosen[category]);
    final.Add(model);
    Console.WriteLine($"{category}: {model.Weights.Count} non-zero weights, bias {model.Bias:R}, threshold {model.Threshold}");
    foreach (var p in posts0.Where(p => p.Batch == "dev").Take(3))
    {
        Console.WriteLine($"  {p.Id}: check's scorer {model.Score(p.Features):R}, ML.NET {Trainer.LibraryProbability(ml, transformer, p, category):R}");
    }
}

File.WriteAllText(modelPath, new SecondOpinionModel(hash, final).Write());
Console.WriteLine($"wrote {modelPath}");

void Report(string name, List<Post> posts, Func<Post, Dictionary<string, double>> scores, IReadOnlyDictionary<string, double> thresholds)
{
    var rules = Opinion.Evaluate(posts, p => p.Rules);
    var both = Opinion.Evaluate(posts, p => Opinion.Combine(p, scores(p), thresholds));
    Console.WriteLine($"{name} | {posts.Count} | {Opinion.Figures(rules)} | {Opinion.Figures(both)}");
    if (name.StartsWith("all", StringComparison.Ordinal))
    {
        // F1 per category (doubt/block and advice together, as `protocolwacht eval` counts it), rules alone -> rules + model.
        Console.WriteLine("  F1 " + string.Join(", ", rules.Categories.Select(c =>
            $"{c.Category} {c.F1:0.00} -> {both.Categories.FirstOrDefault(b => b.Category == c.Category)?.F1 ?? 0:0.00} ({c.Support})")));
        var mentioned = posts.Where(GroupMentions.IsGroupMention).ToList();
        Console.WriteLine($"  group mentions: {mentioned.Count}; stopped by rules alone {GroupMentions.Figures(GroupMentions.Stopped(mentioned, p => p.Rules))}, "
            + $"by rules + model {GroupMentions.Figures(GroupMentions.Stopped(mentioned, p => Opinion.Combine(p, scores(p), thresholds)))}, "
            + $"doubted by the model {GroupMentions.Figures(GroupMentions.DoubtedByModel(mentioned, p => Opinion.Combine(p, scores(p), thresholds)))}");
        // --list-stopped names the group mentions the rules stop, to read them as classes.
        foreach (var p in args.Contains("--list-stopped") ? mentioned.Where(p => p.Rules.Verdict != Verdict.Allow) : [])
        {
            Console.WriteLine($"    stopped by the rules: {p.Batch} {p.Id} {p.Rules.Verdict}");
        }
    }
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

bool IsOptionValue(string arg)
{
    var i = Array.IndexOf(args, arg);
    return i > 0 && args[i - 1] is "--weights" or "--files" or "--settings" or "--categories";
}
