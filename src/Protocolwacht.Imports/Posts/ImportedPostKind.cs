namespace Protocolwacht.Imports.Posts;

public enum ImportedPostKind
{
    /// <summary>A post of the account's own.</summary>
    Original,

    /// <summary>A reply to someone else's post; <see cref="ImportedPost.ParentId"/> names it.</summary>
    Reply,

    /// <summary>A retweet, boost or reshare of someone else's post; its own words are usually empty.</summary>
    Repost,

    /// <summary>A reply to the account's own post: the next part of a thread.</summary>
    ThreadPart,
}
