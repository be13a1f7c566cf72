namespace Protocolwacht.Checks.Rules;

internal sealed class InformalLanguageRule(CheckResources resources) : ICheckRule
{
    private readonly CheckResources _resources = resources;

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        _ = _resources;
    }
}
