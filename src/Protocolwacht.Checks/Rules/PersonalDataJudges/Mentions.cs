using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// The people mentioned, looked up by sentence or token with loops: a lambda capturing the sentence or the index is a
// closure and a delegate per call, and the personal-data judges ask these for every candidate and match.
internal static class Mentions
{
    /// <summary>The first person mentioned whose name starts in <paramref name="sentence"/>, or null.</summary>
    public static PersonMention? InSentence(CheckContext context, int sentence)
    {
        foreach (var person in context.People)
        {
            if (context.Tokens[person.First].Sentence == sentence)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Whether a member of staff is mentioned in <paramref name="sentence"/>.</summary>
    public static bool StaffInSentence(CheckContext context, int sentence)
    {
        foreach (var person in context.People)
        {
            if (person.Kind == PersonKind.Staff && context.Tokens[person.First].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first person mentioned in the sentence just before or just after <paramref name="sentence"/>, or null.</summary>
    public static PersonMention? NextTo(CheckContext context, int sentence)
    {
        foreach (var person in context.People)
        {
            if (Math.Abs(context.Tokens[person.First].Sentence - sentence) == 1)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Whether a person's mention covers token <paramref name="k"/>.</summary>
    public static bool Covering(CheckContext context, int k)
    {
        foreach (var person in context.People)
        {
            if (person.First <= k && k <= person.Last)
            {
                return true;
            }
        }

        return false;
    }
}
