namespace Protocolwacht.Checks;

/// <summary>The outcome of a check (spec: protocol-checks.md, "Verdicts"). JSON codes: allow, doubt, block.</summary>
public enum Verdict
{
    Allow,
    Doubt,
    Block,
}
