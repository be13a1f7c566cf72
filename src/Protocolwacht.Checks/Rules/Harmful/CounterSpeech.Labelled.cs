namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>Counter-speech by report: a group labelled by others, in the passive or by a named third party.</summary>
internal static partial class CounterSpeech
{
    /// <summary>"Joden werden in de oorlog als ongedierte weggezet": a passive auxiliary after the target and a participle
    /// of labelling say what others called the group. So does an active verb of labelling followed by "als" in a sentence
    /// without the author ("hoe de nazi's Joden afschilderden als ratten"); "ik zet ze neer als …" is the author's own.</summary>
    public static bool Labelled(CheckContext context, Sentence s, int group)
    {
        var passive = PassiveBefore(context, s, group);
        for (var j = group + 1; j <= s.Last; j++)
        {
            passive |= context.Tokens[j].Key is "worden" or "werden" or "wordt" or "werd";
            if ((passive && (context.Classes[j] & Words.Labelled) != 0) || LabelledBySomeoneElse(context, s, group, j) || NamedInQuotes(context, s, group, j))
            {
                return true;
            }
        }

        return false;
    }

    // "In de oorlog werden X afgeschilderd als …": after a fronted adverbial the auxiliary comes before the group.
    private static bool PassiveBefore(CheckContext context, Sentence s, int group)
    {
        for (var j = group - 1; j >= s.First && j >= group - 3; j--)
        {
            if (context.Tokens[j].Key is "worden" or "werden" or "wordt" or "werd")
            {
                return !context.ClauseBreakBetween(j, group);
            }
        }

        return false;
    }

    // The author may tell of it ("in de klas lazen we hoe de propaganda X afschilderde als …"); the author labels only
    // as the subject right before the group or between it and the verb ("wij zetten X weg als …", "X zet ik weg als …").
    private static bool LabelledBySomeoneElse(CheckContext context, Sentence s, int group, int j)
    {
        // In a subordinate clause the verb comes last: "hoe de propaganda X als 'ongedierte' wegzette".
        var t = context.Tokens;
        if ((context.Classes[j] & Words.Labelling) == 0
            || !((j + 1 <= s.Last && t[j + 1].Key == "als") || (j + 2 <= s.Last && t[j + 2].Key == "als")
                || AlsBefore(t, Math.Max(group + 1, j - 3), j)))
        {
            return false;
        }

        // The insult judge asks from the sentence's start; the labelled group is the last one before the verb.
        var labelled = group;
        for (var g = j - 1; g > group; g--)
        {
            if ((context.Classes[g] & Words.Group) != 0)
            {
                labelled = g;
                break;
            }
        }

        for (var f = Math.Max(s.First, labelled - 2); f <= j; f++)
        {
            if ((context.Classes[f] & Words.FirstPerson) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // "als" among tokens from..to-1; a loop, where a lambda capturing the tokens made a closure on every call.
    private static bool AlsBefore(List<Normalisation.Token> t, int from, int to)
    {
        for (var a = from; a < to; a++)
        {
            if (t[a].Key == "als")
            {
                return true;
            }
        }

        return false;
    }
}
