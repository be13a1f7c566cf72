namespace Protocolwacht.TestSupport.Platforms.X;

/// <summary>
/// A post with <c>reply.in_reply_to_tweet_id</c> naming someone's reply (not one of the account's posts) joins
/// that conversation as the account's own reply, so the conversation search finds it.
/// </summary>
public sealed partial class XServer
{
    private void PlaceReplyToReaction(string id, string text, string parent)
    {
        if (Reactions.Find(parent) is { } reaction)
        {
            Reactions.Place(reaction.PostId, text, Now, handle: "SintJozefHV", name: "Sint Jozef", authorId: UserId, parentId: parent, id: id);
        }
    }
}
