using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// ACCOUNT: who may post on the board's and the schools' accounts. Asks the foundation's
/// <see cref="PostingRightsPolicy"/>; keeps no copy of its rules.
/// </summary>
internal sealed class UnauthorizedRule : ICheckRule
{
    public string Category => Categories.Unauthorized;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.Account];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var author = context.Author;
        if (author is null || context.Request.Account.Kind == AccountKind.Personal)
        {
            return;
        }

        var target = new PostingTarget(context.Request.Account.Kind, context.Request.Account.SchoolId);
        var decision = context.PostingRights.Decide(author, target);
        if (!decision.Allowed)
        {
            findings.Add(new Finding(Categories.Unauthorized, Severity.Block, Protocol.Account.Id, null, null,
                $"{decision.Reason} Plaats dit bericht niet op dit account; vraag iemand die hier mag plaatsen, of gebruik je eigen account ({Protocol.Account.Title})."));
        }
    }
}
