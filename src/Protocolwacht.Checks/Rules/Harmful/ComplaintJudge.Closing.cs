namespace Protocolwacht.Checks.Rules.Harmful;

// A bare countdown closing a post about work: "Groep 5 heeft vandaag weer bewezen dat stilzitten een onbekend begrip is.
// Nog 11 weken.", "27 rapporten, drie oudergesprekken en een musical. Nog 14 nachtjes." Said on its own after something
// else, with nothing to look forward to named, it counts the days until the work is over. A countdown with an exclamation
// mark or with what is coming ("Nog 14 nachtjes slapen en dan gaan we op kamp!", "Het schoolreisje komt eraan. Nog 3
// weken!") is looking forward, and one that opens the post is an announcement.
internal static partial class ComplaintJudge
{
    private static (int, int)? CountdownClosing(CheckContext context, List<Sentence> sentences)
    {
        if (sentences.Count < 2)
        {
            return null;
        }

        var t = context.Tokens;
        var s = sentences[^1];
        var n = s.First + 1 <= s.Last && t[s.First + 1].Key == "maar" ? s.First + 1 : s.First;
        var length = s.Last - n;

        // "nog 11 weken", "nog maar 6 weken", "nog 14 nachtjes te gaan", and the children's count "nog 12 nachtjes slapen"
        // (stop 52, lead) after a sentence about the day.
        var bare = length == 2 || (length == 4 && t[s.Last - 1].Key == "te" && t[s.Last].Key == "gaan") || (length == 3 && t[s.Last].Key == "slapen");
        if (t[s.First].Key != "nog" || !bare || !t[n + 1].Has(Normalisation.TokenFlags.Digits) || t[n + 1].Has(Normalisation.TokenFlags.Letters)
            || (context.Classes[n + 2] & CountdownUnit) == 0)
        {
            return null;
        }

        var folded = context.Text.Folded;
        return folded.AsSpan(t[s.Last].End).Contains('!') ? null : (s.First, s.Last);
    }
}
