namespace Protocolwacht.Checks;

/// <summary>Who wrote the message a post replies to. Only replies to students and parents can be <c>discussion</c>.</summary>
public enum ReplyRole
{
    Student,
    Parent,
    Staff,
    Public,
}
