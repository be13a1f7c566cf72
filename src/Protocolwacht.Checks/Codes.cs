namespace Protocolwacht.Checks;

/// <summary>The lower-case JSON codes of the enums, shared by the batch format, the CLI and the web API.</summary>
public static class Codes
{
    public static string ToCode(this Verdict verdict) => verdict switch
    {
        Verdict.Allow => "allow",
        Verdict.Doubt => "doubt",
        _ => "block",
    };

    public static string ToCode(this Severity severity) => severity switch
    {
        Severity.Advice => "advice",
        Severity.Doubt => "doubt",
        _ => "block",
    };

    public static string ToCode(this AttachmentSource source) => source switch
    {
        AttachmentSource.Own => "own",
        AttachmentSource.ThirdParty => "third-party",
        _ => "unknown",
    };

    public static string ToCode(this ReplyRole role) => role switch
    {
        ReplyRole.Student => "student",
        ReplyRole.Parent => "parent",
        ReplyRole.Staff => "staff",
        _ => "public",
    };

    public static bool TryParseVerdict(string? code, out Verdict verdict)
    {
        switch (code)
        {
            case "allow": verdict = Verdict.Allow; return true;
            case "doubt": verdict = Verdict.Doubt; return true;
            case "block": verdict = Verdict.Block; return true;
            default: verdict = default; return false;
        }
    }

    public static bool TryParseSource(string? code, out AttachmentSource source)
    {
        switch (code)
        {
            case "own": source = AttachmentSource.Own; return true;
            case "third-party": source = AttachmentSource.ThirdParty; return true;
            case "unknown": source = AttachmentSource.Unknown; return true;
            default: source = default; return false;
        }
    }

    public static bool TryParseRole(string? code, out ReplyRole role)
    {
        switch (code)
        {
            case "student": role = ReplyRole.Student; return true;
            case "parent": role = ReplyRole.Parent; return true;
            case "staff": role = ReplyRole.Staff; return true;
            case "public": role = ReplyRole.Public; return true;
            default: role = default; return false;
        }
    }
}
