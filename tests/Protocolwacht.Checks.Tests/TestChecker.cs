using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Tests;

/// <summary>One shared checker over the demo organisation, with intent methods for readable tests.</summary>
internal static class TestChecker
{
    private static readonly Lazy<ProtocolChecker> Shared = new(() => ProtocolChecker.Create(OrganisationModel.Demo));

    private static readonly Lazy<ProtocolChecker> SharedRulesOnly = new(() => ProtocolChecker.Create(OrganisationModel.Demo, new CheckOptions { SecondOpinion = false }));

    public static ProtocolChecker Instance => Shared.Value;

    /// <summary>The rules without the learned second opinion, for tests of what a rule alone decides.</summary>
    public static ProtocolChecker RulesOnly => SharedRulesOnly.Value;

    public static CheckResult PersonalByRules(string text, string author = "tom.hendriks") =>
        RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), author, null, []));

    public static CheckResult SchoolByRules(string text, string author = "tom.hendriks", string school = "regenboog") =>
        RulesOnly.Check(new CheckRequest(text, new AccountContext(AccountKind.School, school, "x"), author, null, []));

    public static CheckResult School(string text, string author = "tom.hendriks", string school = "regenboog", ReplyContext? reply = null, params AttachmentInfo[] attachments) =>
        Instance.Check(new CheckRequest(text, new AccountContext(AccountKind.School, school, "x"), author, reply, attachments));

    public static CheckResult Organisation(string text, string author = "sanne.deboer", ReplyContext? reply = null, params AttachmentInfo[] attachments) =>
        Instance.Check(new CheckRequest(text, new AccountContext(AccountKind.Organisation, null, "linkedin"), author, reply, attachments));

    public static CheckResult Personal(string text, string author = "tom.hendriks", ReplyContext? reply = null, params AttachmentInfo[] attachments) =>
        Instance.Check(new CheckRequest(text, new AccountContext(AccountKind.Personal, null, "x"), author, reply, attachments));

    public static AttachmentInfo Image(string? description = null, AttachmentSource source = AttachmentSource.Own, bool? permission = null, string[]? depicts = null, int unidentified = 0, bool logo = false) =>
        new("image", description, source, permission, depicts ?? [], unidentified, logo);

    public static bool Has(this CheckResult result, string category) => result.Findings.Any(f => f.Category == category);

    public static bool Has(this CheckResult result, string category, Severity severity) =>
        result.Findings.Any(f => f.Category == category && f.Severity == severity);

    public static Severity? SeverityOf(this CheckResult result, string category) =>
        result.Findings.Where(f => f.Category == category).Select(f => (Severity?)f.Severity).Max();
}
