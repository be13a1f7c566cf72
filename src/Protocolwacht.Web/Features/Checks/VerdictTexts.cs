using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// What each verdict means for the one reading it, in Dutch (FindingMessages.resx holds the English): the author is
/// told what to do, the reviewer what to look at and what to decide, anyone else what happened.
/// </summary>
public static class VerdictTexts
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "Niets gevonden dat tegen het protocol ingaat.",
        Verdict.Doubt => "Twijfel: vraag je leidinggevende om advies voordat je dit plaatst.",
        _ => "Geblokkeerd: dit bericht gaat tegen het protocol in en moet aangepast worden.",
    };

    public static string For(Verdict verdict, FindingsReader reader) => reader switch
    {
        FindingsReader.Reviewer => ForReviewer(verdict),
        FindingsReader.Other => ForOthers(verdict),
        _ => Of(verdict),
    };

    // The reviewer decides: she reads the findings against the protocol and the author's question, and approves or
    // sends back. A blocked post cannot reach her (advice is not offered on a block), but a check run again later can.
    private static string ForReviewer(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "De controle vond niets dat tegen het protocol ingaat. De auteur vraagt toch je advies: lees de tekst en de vraag, en keur goed of stuur terug met wat er moet veranderen.",
        Verdict.Doubt => "Twijfel: de controle weet niet zeker of dit bericht past bij het protocol, en jij beslist. Kijk bij elke bevinding naar het deel van het protocol dat erbij hoort en naar de vraag van de auteur; keur goed als het bericht zo geplaatst kan worden, of stuur het terug met wat er moet veranderen.",
        _ => "Geblokkeerd: de controle vond iets dat tegen het protocol ingaat. Goedkeuren kan niet; stuur het bericht terug met wat er moet veranderen.",
    };

    private static string ForOthers(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "Niets gevonden dat tegen het protocol ingaat.",
        Verdict.Doubt => "Twijfel: de controle wist niet zeker of dit bericht past bij het protocol; een leidinggevende moet het goedkeuren voordat het geplaatst wordt.",
        _ => "Geblokkeerd: dit bericht gaat tegen het protocol in; het moet aangepast worden voordat het geplaatst kan worden.",
    };
}
