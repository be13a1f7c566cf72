namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// Who reads a check's findings. The check writes its messages to the author ("vraag je leidinggevende om advies"):
/// said to the leidinggevende deciding on the post, or to anyone else looking at it, they address the wrong person.
/// The verdict line is written for the reader; the messages are shown to others as what the author was told.
/// </summary>
public enum FindingsReader
{
    /// <summary>The post's author, or someone checking a text of their own (the composer, the personal advice page).</summary>
    Author,

    /// <summary>The leidinggevende asked for advice, who approves the post or sends it back.</summary>
    Reviewer,

    /// <summary>Anyone else reading the post or the archive: an administrator, a director, a colleague.</summary>
    Other,
}
