using Protocolwacht.Checks;
using Protocolwacht.Checks.Evaluation;
using Protocolwacht.Checks.Language;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Training;

/// <summary>
/// Neutral or positive mentions of a protected group: the allowed training posts whose text holds a word of the
/// class <c>protected-group</c> (Language/Classes/protected-group.tsv: nationalities, religions, gender, orientation,
/// disability, age, refugees). Issue #9 caps the share of them a check stops at 5 %; the harmful-statement
/// threshold is chosen under that cap, because the selection score alone weighs a wrongly doubted group mention
/// as one post among 2,700 and so picks a threshold that doubts many of them.
/// </summary>
internal static class GroupMentions
{
    /// <summary>
    /// At most this share of the group mentions may be stopped by the check as a whole (rules and model together):
    /// the target counts every stop, so the model's doubts are capped on top of what the rules already stop.
    /// </summary>
    public const double Cap = 0.05;

    private static readonly ClassMask Group = WordClasses.Default.Mask("protected-group");

    public static bool IsGroupMention(Post post) => post.Expected.Verdict == Verdict.Allow && (post.Features.Classes & Group) != 0;

    /// <summary>The group mentions to which the model adds a doubt (in any category).</summary>
    public static Rate DoubtedByModel(IReadOnlyList<Post> mentions, Func<Post, CheckResult> combined) =>
        new(mentions.Count(p => combined(p).Findings.Any(Opinion.IsModels)), mentions.Count);

    /// <summary>The group mentions not allowed at all (rules or model).</summary>
    public static Rate Stopped(IReadOnlyList<Post> mentions, Func<Post, CheckResult> result) =>
        new(mentions.Count(p => result(p).Verdict != Verdict.Allow), mentions.Count);

    public static string Figures(Rate r) => $"{r.Value:0.000} ({r.Count}/{r.OutOf})";
}
