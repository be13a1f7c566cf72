using System.Text;
using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// A new version of the protocol as an administrator pastes or edits it on the protocol page
/// (<c>ProtocolDocumentJson.Parse</c>; the form's text is UTF-8, decoded as ASP.NET Core decodes it). The result is a
/// document and no errors, or no document and at least one error, each a message; and a document read back from what
/// <c>Write</c> makes of it is accepted again (the page publishes the rewritten JSON, not the pasted text).
/// </summary>
internal sealed class ProtocolDocumentTarget : IFuzzTarget
{
    public void Run(ReadOnlySpan<byte> input)
    {
        var result = ProtocolDocumentJson.Parse(Encoding.UTF8.GetString(input));
        if ((result.Document is null) == (result.Errors.Count == 0))
        {
            throw new FuzzContractException(result.Document is null ? "geen document en geen fout" : "een document én fouten");
        }

        if (result.Errors.Any(string.IsNullOrWhiteSpace))
        {
            throw new FuzzContractException("een lege foutmelding");
        }

        if (result.Document is { } document && ProtocolDocumentJson.Parse(ProtocolDocumentJson.Write(document)).Document is null)
        {
            throw new FuzzContractException("het herschreven document wordt geweigerd");
        }
    }
}
