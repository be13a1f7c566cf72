using System.Text;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The check itself, text and context: the first byte chooses the account, author, reply and
/// attachments from the demo organisation (and whether the rest is read as UTF-8 or as raw UTF-16,
/// which allows lone surrogates); the rest, split at 0x1E, gives the post text, the reply text, the
/// attachment description and the people it depicts. Findings must point inside the text and the
/// verdict must follow from the findings.
/// </summary>
internal sealed class CheckTarget(ProtocolChecker checker, OrganisationModel organisation) : IFuzzTarget
{
    private readonly string[] _schools = [.. organisation.Schools.Select(s => s.Id), "onbekend"];
    private readonly string[] _authors = [.. organisation.Staff.Select(s => s.Id), "onbekend", string.Empty];
    private readonly string[] _students = [.. organisation.Students.Select(s => s.Id)];
    private static readonly string?[] Channels = ["x", "facebook", "instagram", "linkedin", "mastodon", "bluesky", null, "onbekend"];

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var shape = input[0];
        var rest = input[1..];
        var parts = (shape & 0x80) != 0 ? Utf16(rest).Split('\u001E') : Encoding.UTF8.GetString(rest).Split('\u001E');
        var text = parts[0];
        var kind = (AccountKind)(shape % 3);
        var account = new AccountContext(kind, kind == AccountKind.School ? _schools[(shape >> 2) % _schools.Length] : null, Channels[(shape >> 3) % Channels.Length]);
        var author = _authors[(shape * 7) % _authors.Length];
        ReplyContext? reply = parts.Length > 1 ? new ReplyContext((ReplyRole)((shape >> 4) % 4), (shape & 0x40) != 0 ? null : "Ellen Bos", parts[1]) : null;
        var attachments = parts.Length > 2
            ? new[] { new AttachmentInfo((shape & 0x20) != 0 ? "image" : "video", parts[2], (AttachmentSource)(shape % 3), (shape & 0x10) != 0 ? null : (shape & 1) == 0, Depicts(parts), shape % 5, (shape & 0x08) != 0) }
            : [];

        var result = checker.Check(new CheckRequest(text, account, author, reply, attachments));
        Verify(text, result);
    }

    private string[] Depicts(string[] parts) =>
        parts.Length > 3 ? [.. parts[3].Split(',').Select(p => _students.FirstOrDefault(s => s == p) ?? p)] : [];

    private static void Verify(string text, CheckResult result)
    {
        foreach (var finding in result.Findings)
        {
            if (finding.Start is { } start && (start < 0 || finding.End is not { } end || end < start || end > text.Length))
            {
                throw new FuzzContractException($"bevinding {finding.Category} wijst buiten de tekst ({finding.Start}..{finding.End} van {text.Length})");
            }

            if (string.IsNullOrWhiteSpace(finding.Message) || string.IsNullOrWhiteSpace(finding.Category))
            {
                throw new FuzzContractException($"bevinding zonder categorie of uitleg: {finding}");
            }
        }

        var expected = result.Findings.Any(f => f.Severity == Severity.Block) ? Verdict.Block
            : result.Findings.Any(f => f.Severity == Severity.Doubt) ? Verdict.Doubt
            : Verdict.Allow;
        if (result.Verdict != expected)
        {
            throw new FuzzContractException($"oordeel {result.Verdict} past niet bij de bevindingen ({expected})");
        }
    }

    private static string Utf16(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }
}
