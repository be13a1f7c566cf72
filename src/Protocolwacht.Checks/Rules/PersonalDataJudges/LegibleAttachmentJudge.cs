namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// An attachment whose description says personal details can be read on it ("foto van het formulier met
/// naam, geboortedatum en BSN leesbaar", "whiteboard met de voornamen en het AVI-niveau").
/// </summary>
internal static class LegibleAttachmentJudge
{
    private static readonly ClassMask Detail = Nearby.Class("personal-detail");

    public static bool ShowsPersonalData(CheckContext context)
    {
        if (context.Request.Attachments.Count == 0)
        {
            return false;
        }

        var details = 0;
        var visible = false;
        var tokens = context.DescriptionTokens;
        // Through the lexicon index, which keeps each plain word's classes across checks: classifying every word afresh was
        // a quarter of the batch's form-table lookups (perf23).
        var classes = context.Resources.Index.Classify(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        for (var i = 0; i < tokens.Count; i++)
        {
            details += (classes[i] & Detail) != 0 ? 1 : 0;
            visible |= tokens[i].Key is "leesbaar" or "zichtbaar" or "lezen" or "herkenbaar" or "staan";
        }

        return details > 0 && (visible || details >= 2);
    }
}
