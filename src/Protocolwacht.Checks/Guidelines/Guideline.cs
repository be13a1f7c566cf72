namespace Protocolwacht.Checks.Guidelines;

/// <summary>
/// A part of the protocol a finding cites: its id (R1..R10, DO1..DO8, DONT1..DONT9, BG1..BG7, ACCOUNT,
/// see shared/spec/protocol-checks.md), its Dutch title as the protocol numbers it ("Don'ts, punt 3")
/// and its text, both taken from the protocol document itself (<see cref="Protocol"/>).
/// </summary>
public sealed record Guideline(string Id, string Title, string Text)
{
    public override string ToString() => Id;
}
