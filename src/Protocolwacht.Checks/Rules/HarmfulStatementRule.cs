namespace Protocolwacht.Checks.Rules;

internal sealed class HarmfulStatementRule(CheckResources resources) : ICheckRule
{
    private readonly CheckResources _resources = resources;

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        _ = _resources;
    }
}
