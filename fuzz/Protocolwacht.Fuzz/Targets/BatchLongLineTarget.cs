using Protocolwacht.Checks;
using Protocolwacht.Cli.Batch;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The batch of <see cref="BatchLineTarget"/> with a line limit of <see cref="Limit"/> bytes instead of a mebibyte, so
/// that mutations reach the refusal of an overlong line (and the line after it) as often as any other.
/// </summary>
internal sealed class BatchLongLineTarget(ProtocolChecker checker) : IFuzzTarget
{
    public const int Limit = 200;

    public void Run(ReadOnlySpan<byte> input) => BatchLineTarget.Verify(checker, input.ToArray(), Limit);
}
