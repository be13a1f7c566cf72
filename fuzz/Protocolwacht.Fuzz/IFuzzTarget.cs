namespace Protocolwacht.Fuzz;

/// <summary>
/// One parser of outside input as the fuzzers see it. <see cref="Run"/> feeds it one input and
/// throws when the parser throws or breaks its contract (<see cref="FuzzContractException"/>);
/// returning normally means the input was handled, whether accepted or refused with a message.
/// </summary>
public interface IFuzzTarget
{
    void Run(ReadOnlySpan<byte> input);
}
