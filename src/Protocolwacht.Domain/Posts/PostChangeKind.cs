namespace Protocolwacht.Domain.Posts;

/// <summary>A change to a published post (BG3, DO3). Stored by name, so never rename a member.</summary>
public enum PostChangeKind
{
    /// <summary>A new revision of the text, checked again; edited on the platform or placed as a correction reply.</summary>
    Correction,

    /// <summary>Removal from the platform; needs a reason and a second person's approval. The archive keeps the original.</summary>
    Deletion,
}
