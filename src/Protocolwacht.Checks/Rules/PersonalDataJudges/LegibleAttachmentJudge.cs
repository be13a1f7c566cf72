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
        foreach (var t in context.DescriptionTokens)
        {
            details += (Language.TokenClassifier.Default.Classify(t) & Detail) != 0 ? 1 : 0;
            visible |= t.Key is "leesbaar" or "zichtbaar" or "lezen" or "herkenbaar" or "staan";
        }

        return details > 0 && (visible || details >= 2);
    }
}
