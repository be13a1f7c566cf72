namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// Dutch starting points for a reply (protocol DO6 "reageer passend", R4/DONT4 "neem liever offline contact op"):
/// each thanks the writer and, where there is something to discuss, invites contact outside social media.
/// They name a role, never a person. The author may change the text; the check runs over what is saved.
/// </summary>
public static class ReplyTemplates
{
    public sealed record Template(string Name, string Text);

    /// <param name="schoolName">The account's school; null for a board account.</param>
    public static IReadOnlyList<Template> For(string? schoolName)
    {
        var contact = schoolName is null ? "ons kantoor" : $"de directeur van {schoolName}";
        return
        [
            new("Bedanken en uitnodigen voor contact", $"Dank voor uw reactie. Wilt u hierover contact opnemen met {contact}? Dan bespreken we het graag persoonlijk."),
            new("Vraag: bel of mail ons", "Dank voor uw vraag. Wilt u ons even bellen of mailen? Dan zoeken we het samen uit."),
            new("Leerling: kom langs", $"Dank je wel voor je reactie! Kom je hierover even langs bij je juf of meester of bij {contact}? Dan praten we er samen over."),
            new("Alleen bedanken", "Dank u wel voor uw mooie reactie, wat fijn om te lezen!"),
        ];
    }
}
