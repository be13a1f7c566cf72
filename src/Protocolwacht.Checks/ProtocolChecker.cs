using Protocolwacht.Checks.Rules;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks;

/// <summary>
/// The protocol check. Build once with <see cref="Create"/> (lexicons and the roster are compiled then)
/// and share: <see cref="Check"/> is thread-safe and never throws.
/// </summary>
public sealed class ProtocolChecker
{
    private readonly CheckResources _resources;
    private readonly ICheckRule[] _rules;

    private ProtocolChecker(CheckResources resources)
    {
        _resources = resources;
        _rules = RuleRegistry.CreateAll(resources);
    }

    public OrganisationModel Organisation => _resources.Organisation;

    public static ProtocolChecker Create(OrganisationModel organisation, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var checker = new ProtocolChecker(new CheckResources(organisation, options ?? new CheckOptions()));

        // Warm the shared tables (folding cache, lazy data) so the first real check is fast.
        checker.Check(new CheckRequest("Warm-up: lol info@konot.nl 'x' zei Noah Bos uit groep 7.", new AccountContext(AccountKind.Personal, null, null), null, null, []));
        return checker;
    }

    public CheckResult Check(CheckRequest request)
    {
        if (request is null)
        {
            return new CheckResult(Verdict.Allow, []);
        }

        var findings = RunRules(request, out var context);
        if (context is not null && _resources.Options.SecondOpinion)
        {
            // Features without the rule findings, as the model was trained (tools/Protocolwacht.Training).
            Learning.SecondOpinion.Add(Learning.SecondOpinionModel.Embedded, Learning.FeatureExtractor.Extract(context, []), findings,
                Rules.Harmful.GroupAffirmed.Holds(context) || Rules.Harmful.WhereaboutsUnknown.Holds(context));
        }

        return new CheckResult(VerdictOf(findings), Order(findings));
    }

    /// <summary>
    /// The rules' result and the hashed features of the post (<see cref="Learning.FeatureExtractor"/>): what
    /// the training tool learns from, computed exactly as a check computes them.
    /// </summary>
    internal (CheckResult Rules, Learning.PostFeatures Features) Analyse(CheckRequest request)
    {
        var findings = RunRules(request, out var context);
        var features = context is null ? new Learning.PostFeatures([], []) : Learning.FeatureExtractor.Extract(context, findings);
        return (new CheckResult(VerdictOf(findings), Order(findings)), features);
    }

    private List<Finding> RunRules(CheckRequest request, out CheckContext? context)
    {
        var findings = new List<Finding>();
        context = null;
        try
        {
            context = new CheckContext(Sanitise(request), _resources);
            foreach (var rule in _rules)
            {
                rule.Evaluate(context, findings);
            }
        }
#pragma warning disable CA1031 // A rule bug must not stop publishing decisions: fall back to "doubt" (bij twijfel niet publiceren).
        catch (Exception)
#pragma warning restore CA1031
        {
            findings.Add(new Finding(Categories.Internal, Severity.Doubt, Guidelines.Protocol.R9.Id, null, null,
                "De controle kon dit bericht niet volledig beoordelen. Vraag je leidinggevende om advies voordat je het plaatst."));
        }

        return findings;
    }

    internal static Verdict VerdictOf(List<Finding> findings)
    {
        var verdict = Verdict.Allow;
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Block)
            {
                return Verdict.Block;
            }

            if (f.Severity == Severity.Doubt)
            {
                verdict = Verdict.Doubt;
            }
        }

        return verdict;
    }

    // Most severe first, then text order; findings without a span after those with one. Insertion sort:
    // stable, allocation-free, and there are only a handful of findings.
    /// <summary>
    /// The ids of roster pupils the text names, as the check finds them (full names, first names with their
    /// group): what a withdrawn name consent is matched against after confirmation.
    /// </summary>
    public IReadOnlyList<string> NamedStudentIds(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var request = Sanitise(new CheckRequest(text, new AccountContext(AccountKind.Organisation, null, null), null, null, []));
        var context = new CheckContext(request, _resources);
        return [.. context.People.Select(p => p.Student?.Id).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static List<Finding> Order(List<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            var current = findings[i];
            var j = i - 1;
            while (j >= 0 && Before(current, findings[j]))
            {
                findings[j + 1] = findings[j];
                j--;
            }

            findings[j + 1] = current;
        }

        return findings;
    }

    private static bool Before(Finding a, Finding b) =>
        a.Severity != b.Severity ? a.Severity > b.Severity : (a.Start ?? int.MaxValue) < (b.Start ?? int.MaxValue);

    private static CheckRequest Sanitise(CheckRequest request) => request with
    {
        Text = request.Text ?? string.Empty,
        Account = request.Account ?? new AccountContext(AccountKind.Personal, null, null),
        Attachments = request.Attachments ?? [],
    };
}
