using Protocolwacht.Checks.Guidelines;

namespace Protocolwacht.Checks;

/// <summary>
/// One thing in a draft that goes (or may go) against the protocol. <see cref="Start"/> and <see cref="End"/>
/// are UTF-16 offsets into the original text (end exclusive), or both null when the finding is not about a
/// span of text. <see cref="Message"/> is Dutch and says what to change.
/// </summary>
public sealed record Finding(string Category, Severity Severity, string Guideline, int? Start, int? End, string Message)
{
    /// <summary>The full text of the cited part of the protocol, with its Dutch heading.</summary>
    public string GuidelineText => GuidelineCatalog.TextOf(Guideline);

    /// <summary>A short Dutch name of the cited part, e.g. "Bedenk dat..., punt 5".</summary>
    public string GuidelineTitle => GuidelineCatalog.TitleOf(Guideline);
}
