using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// One category of the spec. A rule reads the prepared <see cref="CheckContext"/> and adds its findings;
/// it must not throw and must not keep per-check state (one instance serves all threads).
/// </summary>
internal interface ICheckRule
{
    /// <summary>The category of the spec this rule decides (every finding it adds has it).</summary>
    string Category { get; }

    /// <summary>The parts of the protocol this rule enforces; its findings cite only these.</summary>
    IReadOnlyList<Guideline> Enforces { get; }

    void Evaluate(CheckContext context, List<Finding> findings);
}
