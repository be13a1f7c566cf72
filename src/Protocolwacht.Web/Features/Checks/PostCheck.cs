using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// Runs the protocol check over a post's content. A post for several accounts is checked once per
/// account (posting rights and informal language depend on the account); the verdict is the most
/// severe, and each finding is kept once. The author reads the findings, so they never name pupils of a
/// school the author may not see (<see cref="CheckRequest.ReaderId"/>).
/// </summary>
public static class PostCheck
{
    /// <param name="replyTo">For a reply to a reaction: who wrote it and what (the check's reply_to); null for a post of its own.</param>
    public static CheckResult Run(ProtocolChecker checker, string text, IReadOnlyList<string> accountIds, string? authorId, IReadOnlyList<PostAttachment> attachments, ReplyContext? replyTo = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(accountIds);
        var infos = attachments.Select(ToInfo).ToList();
        var contexts = accountIds
            .Select(checker.Organisation.FindAccount)
            .OfType<OfficialAccount>()
            .Select(a => new AccountContext(a.Kind, a.SchoolId, a.Channel))
            .DefaultIfEmpty(new AccountContext(AccountKind.School, checker.Organisation.FindStaff(authorId)?.SchoolId, null))
            .ToList();
        var results = contexts.Select(c => CheckMetrics.Measure(() => checker.Check(new CheckRequest(text, c, authorId, replyTo, infos) { ReaderId = authorId ?? string.Empty }))).ToList();
        var findings = results.SelectMany(r => r.Findings)
            .DistinctBy(f => (f.Category, f.Severity, f.Start, f.End, f.Message))
            .ToList();
        return new CheckResult(results.Max(r => r.Verdict), findings);
    }

    /// <summary>The check of a post meant for the author's own personal account (nothing is stored or published).</summary>
    public static CheckResult RunPersonal(ProtocolChecker checker, string text, string authorId, IReadOnlyList<PostAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(checker);
        return CheckMetrics.Measure(() => checker.Check(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, null), authorId, null, [.. attachments.Select(ToInfo)]) { ReaderId = authorId }));
    }

    private static AttachmentInfo ToInfo(PostAttachment a) => new(
        a.Kind.ToString().ToLowerInvariant(),
        a.Description,
        a.Source,
        a.Permission,
        a.DepictedStudentIds,
        a.UnidentifiedPeople,
        a.Logo);
}
