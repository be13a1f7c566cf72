using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DONT8/DONT9: the Konot or school logo does not belong on a personal account, nor next to content
/// that goes against the protocol. Runs last: it reads the block findings of the other rules.
/// </summary>
internal sealed class LogoRule : ICheckRule
{
    public string Category => Categories.Logo;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT8, Protocol.DONT9];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var withLogo = context.Request.Attachments.Any(a => a.Logo);
        if (!withLogo)
        {
            return;
        }

        if (context.Request.Account.Kind == AccountKind.Personal)
        {
            findings.Add(new Finding(Categories.Logo, Severity.Block, Protocol.DONT9.Id, null, null,
                $"Je gebruikt het logo van Konot of de school op een persoonlijk account. Verwijder het logo: gebruik het logo van Konot niet in je privé profiel ({Protocol.DONT9.Title})."));
            return;
        }

        foreach (var f in findings)
        {
            if (f.Severity == Severity.Block)
            {
                findings.Add(new Finding(Categories.Logo, Severity.Block, Protocol.DONT8.Id, null, null,
                    $"Het logo staat bij inhoud die tegen het protocol ingaat. Pas eerst de andere punten aan: verbind het logo van Konot niet aan ongepaste content ({Protocol.DONT8.Title})."));
                return;
            }
        }
    }
}
