namespace Protocolwacht.Domain.Posts;

/// <summary>
/// The protocol check's verdict on a text (spec: protocol-checks.md, "Verdicts"; JSON codes allow, doubt,
/// block). The check engine returns it and the workflow decides with it: one type for both. Ordered by
/// severity, so the verdict of several checks is their maximum.
/// </summary>
public enum Verdict
{
    Allow,
    Doubt,
    Block,
}
