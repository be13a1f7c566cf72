namespace Protocolwacht.Checks.Rules;

/// <summary>
/// One category of the spec. A rule reads the prepared <see cref="CheckContext"/> and adds its findings;
/// it must not throw and must not keep per-check state (one instance serves all threads).
/// </summary>
internal interface ICheckRule
{
    void Evaluate(CheckContext context, List<Finding> findings);
}
