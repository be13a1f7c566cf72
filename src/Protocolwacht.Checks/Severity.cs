namespace Protocolwacht.Checks;

/// <summary>How serious one finding is. Advice never changes the verdict. JSON codes: advice, doubt, block.</summary>
public enum Severity
{
    Advice,
    Doubt,
    Block,
}
