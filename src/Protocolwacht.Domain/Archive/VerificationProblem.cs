namespace Protocolwacht.Domain.Archive;

/// <summary>
/// Something the verifier found wrong. <see cref="FirstSequence"/> is the first record it can blame;
/// when only a signed root disagrees the change lies somewhere in <see cref="FirstSequence"/>..<see cref="LastSequence"/>.
/// <see cref="Message"/> is Dutch.
/// </summary>
public sealed record VerificationProblem(long FirstSequence, long LastSequence, string Message)
{
    public bool IsExact => FirstSequence == LastSequence;
}
