namespace Protocolwacht.Fuzz;

/// <summary>A parser handled an input without throwing but broke its promise (a batch line without an answer, an error without a line).</summary>
public sealed class FuzzContractException(string message) : Exception(message);
