using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>What each verdict means for the author, in Dutch.</summary>
public static class VerdictTexts
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "Niets gevonden dat tegen het protocol ingaat.",
        Verdict.Doubt => "Twijfel: vraag je leidinggevende om advies voordat je dit plaatst.",
        _ => "Geblokkeerd: dit bericht gaat tegen het protocol in en moet aangepast worden.",
    };
}
