using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A post's state named for the one reading it, as <see cref="VerdictTexts"/> does for the verdict. The state names
/// (<see cref="PostStateNames"/>) are the author's: "twijfel: vraag advies" tells her what to do next. Said to the
/// leidinggevende asked for advice, or to a colleague or an administrator looking at the post, that instruction
/// addresses the wrong person: they read what waits for them, or what happened. States that only describe (concept,
/// goedgekeurd, gepubliceerd) read the same for everyone.
/// </summary>
public static class PostStateTexts
{
    public static string For(PostState state, FindingsReader reader) => (state, reader) switch
    {
        (PostState.AdviceNeeded, not FindingsReader.Author) => "twijfel: nog geen advies gevraagd",
        (PostState.AdviceRequested, FindingsReader.Reviewer) => "wacht op jouw beoordeling",
        _ => state.ToDutch(),
    };

    /// <summary>
    /// A state in the post's history, for anyone but the author: what happened, never what waits for the reader now
    /// (a past "advies gevraagd" was not waiting for the reader's judgement then as it may be now).
    /// </summary>
    public static string InHistory(PostState state, bool isAuthor) => For(state, isAuthor ? FindingsReader.Author : FindingsReader.Other);
}
