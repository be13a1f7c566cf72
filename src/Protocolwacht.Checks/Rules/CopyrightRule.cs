using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Rules.CopyrightJudges;
using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DO5/DONT6/BG4: material made by others. Block: a third-party attachment without permission, or text
/// that says it copies someone's work without permission. Doubt: a third-party attachment whose permission
/// is not recorded, or an attachment of unknown origin.
/// </summary>
internal sealed class CopyrightRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.Copyright;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.BG4, Protocol.DO5];

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        foreach (var a in context.Request.Attachments)
        {
            if (a.Source == AttachmentSource.ThirdParty && a.Permission == false)
            {
                findings.Add(new Finding(Categories.Copyright, Severity.Block, Protocol.BG4.Id, null, null,
                    $"De bijlage is van iemand anders en de maker heeft geen toestemming gegeven. Plaats haar niet: het is verboden om zonder toestemming van de maker andermans werk te publiceren ({Protocol.BG4.Title})."));
            }
            else if (a.Source == AttachmentSource.ThirdParty && a.Permission is null)
            {
                findings.Add(new Finding(Categories.Copyright, Severity.Doubt, Protocol.DO5.Id, null, null,
                    $"De bijlage is van iemand anders en er is geen toestemming van de maker vastgelegd. Vraag toestemming en vermeld de maker, of kies eigen materiaal: houd rekening met auteursrechten ({Protocol.DO5.Title})."));
            }
            else if (a.Source == AttachmentSource.Unknown)
            {
                findings.Add(new Finding(Categories.Copyright, Severity.Doubt, Protocol.DO5.Id, null, null,
                    $"Van de bijlage is niet bekend wie haar gemaakt heeft. Zoek de maker en vraag toestemming, of kies eigen materiaal: houd rekening met auteursrechten ({Protocol.DO5.Title})."));
            }
        }

        // Stop 50 (lead): the attachment's own description says it holds others' work without a licence ("promotiefilm met
        // muziek uit een Disneyfilm waarvoor geen licentie is"): what the text would say, said of the file. Only a licence:
        // "zonder toestemming" in a photo's description is mostly about the people in it (image consent). An attachment
        // with permission recorded, or a post that says the maker agreed, has none missing; a third-party attachment
        // already blocked for its missing permission says the same once.
        if (context.Request.Attachments.Count > 0 && !findings.Exists(f => f.Category == Categories.Copyright && f.Severity == Severity.Block)
            && DescribedWithoutLicence(context) && !Granted(context))
        {
            findings.Add(new Finding(Categories.Copyright, Severity.Block, Protocol.BG4.Id, null, null,
                $"Volgens de beschrijving bevat de bijlage werk van een ander zonder licentie. Plaats haar niet, of vervang dat deel door eigen of vrij te gebruiken materiaal: andermans werk publiceren zonder toestemming is verboden ({Protocol.BG4.Title})."));
            return;
        }

        var matches = context.Matches(resources.Copyright);
        var noPermission = false;
        var copiedWhole = false;
        var paywall = false;
        foreach (var m in matches)
        {
            noPermission |= m.Entry.Tag == "no-permission";
            copiedWhole |= m.Entry.Tag == "copied-whole";
            paywall |= m.Entry.Tag == "paywall";
        }

        // Copying a whole piece that sits behind a paywall is copying without a licence, even unsaid.
        var copied = (copiedWhole || paywall) && (noPermission || (copiedWhole && paywall));

        foreach (var m in matches)
        {
            // A whole article taken over, or "behind a paywall", counts together with the missing permission or with each other.
            if (m.Entry.Tag == "no-permission" || (copied && m.Entry.Tag is "copied-whole" or "paywall"))
            {
                var (start, end) = context.SpanOf(m);
                findings.Add(new Finding(Categories.Copyright, Severity.Block, Protocol.BG4.Id, start, end,
                    $"Je schrijft dat je werk van een ander gebruikt zonder toestemming (\"{context.Quote(start, end)}\"). Vraag eerst toestemming aan de maker of laat het weg: andermans werk publiceren zonder toestemming is verboden ({Protocol.BG4.Title})."));
                return;
            }
        }

        var sentences = Sentence.All(context);
        if ((RefusedPermissionJudge.Find(context, sentences) ?? (Granted(context) ? null : WholeWorkJudge.Find(context, sentences) ?? HandedOutWorkJudge.Find(context, sentences))) is { } said)
        {
            var (start, end) = context.SpanOf(said.First, said.Last);
            findings.Add(new Finding(Categories.Copyright, Severity.Block, Protocol.BG4.Id, start, end,
                $"Je schrijft dat je werk van een ander overneemt zonder toestemming (\"{context.Quote(start, end)}\"). Vraag eerst toestemming aan de maker of laat het weg: andermans werk publiceren zonder toestemming is verboden ({Protocol.BG4.Title})."));
            return;
        }

        foreach (var m in matches)
        {
            if (m.Entry.Tag == "unknown-source" && !findings.Exists(f => f.Category == Categories.Copyright))
            {
                var (start, end) = context.SpanOf(m);
                findings.Add(new Finding(Categories.Copyright, Severity.Doubt, Protocol.DO5.Id, start, end,
                    $"Je gebruikt materiaal van internet of van een ander (\"{context.Quote(start, end)}\") zonder dat de maker of toestemming bekend is. Zoek de maker en vraag toestemming, of kies eigen materiaal: houd rekening met auteursrechten ({Protocol.DO5.Title})."));
                return;
            }
        }
    }

    private bool DescribedWithoutLicence(CheckContext context)
    {
        foreach (var a in context.Request.Attachments)
        {
            if (a.Permission == true)
            {
                return false;
            }
        }

        var tokens = context.DescriptionTokens;
        foreach (var m in resources.Copyright.FindAll(tokens))
        {
            if (m.Entry.Tag != "no-permission")
            {
                continue;
            }

            for (var k = m.First; k <= m.Last; k++)
            {
                if (tokens[k].Key == "licentie")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Met toestemming van de uitgever": the post says the maker agreed.
    private static bool Granted(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 1; k < t.Count; k++)
        {
            if ((context.Classes[k] & CopyWords.Permission) != 0 && t[k - 1].Key == "met")
            {
                return true;
            }
        }

        return false;
    }
}
