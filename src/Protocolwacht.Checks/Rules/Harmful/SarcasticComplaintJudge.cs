namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// A complaint about the building or the timetable dressed as praise (doubt, like any complaint about one's own
/// school): "13 graden in mijn lokaal en de verwarming doet het weer eens niet. Top geregeld!", "wat fijn dat het
/// rooster nog even wordt omgegooid, echt lekker plannen zo 👏". Three things together: a word for the building or
/// timetable (<c>school-facility</c>), praise marked as ironic (a positive word before "geregeld", "gepland",
/// "georganiseerd", or a positive word in a post with an ironic emoji), and a grievance (a negation, a negative
/// word or a <c>disruption</c>). Sincere praise of a new roof or a working heating has no grievance beside it.
/// </summary>
internal static class SarcasticComplaintJudge
{
    private static readonly ClassMask Facility = Language.WordClasses.Default.Mask("school-facility");
    private static readonly ClassMask Disruption = Language.WordClasses.Default.Mask("disruption");

    // Upside-down face, clapping hands, eye roll, clown face, unamused face, melting face.
    private static readonly int[] IronicEmoji = [0x1F643, 0x1F44F, 0x1F644, 0x1F921, 0x1F612, 0x1FAE0];

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        if (!Has(c, Facility) || sentences.Exists(s => s.Has(c, Words.NationalGovernment)) || !Grievance(context))
        {
            return null;
        }

        var ironicEmoji = Emoji.AnyOf(context.Request.Text, IronicEmoji);
        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((c[k] & Words.Positive) == 0 || (k > 0 && (c[k - 1] & Words.Negation) != 0))
            {
                continue;
            }

            var organised = k + 1 < t.Count && t[k + 1].Sentence == t[k].Sentence && t[k + 1].Key is "geregeld" or "gepland" or "georganiseerd" or "bedacht" or "voorbereid";
            if (organised || ironicEmoji)
            {
                var sentence = sentences.Find(s => s.First <= k && k <= s.Last);
                return (k, sentence.Last >= k ? sentence.Last : k);
            }
        }

        return null;
    }

    private static bool Grievance(CheckContext context)
    {
        var c = context.Classes;
        return Has(c, Words.Negation | Words.Negative | Disruption);
    }

    private static bool Has(ClassMask[] classes, ClassMask mask)
    {
        foreach (var m in classes)
        {
            if ((m & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
