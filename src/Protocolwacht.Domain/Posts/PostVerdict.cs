namespace Protocolwacht.Domain.Posts;

/// <summary>
/// The protocol check's verdict as the workflow needs it. The domain does not depend on the check
/// engine; callers map the engine's verdict onto this.
/// </summary>
public enum PostVerdict
{
    Allow,
    Doubt,
    Block,
}
