namespace Protocolwacht.Domain.Archive;

/// <summary>The outcome of checking the whole archive. Redacted records are counted, not blamed.</summary>
public sealed record VerificationReport(
    long Records,
    long Redacted,
    int TreeHeadsChecked,
    long UnsignedRecords,
    byte[] Root,
    IReadOnlyList<VerificationProblem> Problems)
{
    public bool Intact => Problems.Count == 0;

    /// <summary>The problem with the lowest sequence number, or null when intact.</summary>
    public VerificationProblem? FirstProblem => Problems.OrderBy(p => p.FirstSequence).ThenBy(p => p.LastSequence).FirstOrDefault();
}
