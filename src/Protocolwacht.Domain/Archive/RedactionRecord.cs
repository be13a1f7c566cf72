namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Content of a <c>redaction.v1</c> record: the content of record <see cref="RedactedSequence"/> was
/// removed, why (in Dutch) and on whose approval. The removed record's leaf stays, so the log still verifies.
/// </summary>
public sealed record RedactionRecord(long RedactedSequence, RedactionGround Ground, string Reason, string RequestedBy, string ApprovedBy);

public enum RedactionGround
{
    /// <summary>A lawful request: a withdrawn photo consent, an erasure request.</summary>
    Request,

    /// <summary>The retention period of the record's type ended.</summary>
    Retention,
}
