namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Who wrote the reaction a reply answers, as the author chose it (a suggestion from the roster may help, but
/// only the kind is stored, never a name: least data). Decides whether the protocol's "no discussion with a
/// parent or pupil" (R4, DONT4) applies. Stored by name, so never rename a member.
/// </summary>
public enum ReplyAudience
{
    Parent,
    Pupil,
    Staff,
    Public,
}
