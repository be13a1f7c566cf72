namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-eighth pass (hate34): a removal of a group told as history: a year of the persecution (1900–1949) or a word of
// history with a past passive ("In 1942 werden de joden uit onze straat opgepakt"); with a modal, a wish or "weer"
// ("moeten weer opgepakt worden") it is no history lesson.
internal static partial class GroupHateJudge
{
    private static bool ToldAsHistory(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        bool dated = false, passive = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            var key = t[j].Key;
            if ((context.Classes[j] & Words.Intention) != 0 || key is "weer" or "opnieuw" or "nog")
            {
                return false;
            }

            dated |= (context.Classes[j] & Words.HistoryCue) != 0 || (key.Length == 4 && key.StartsWith("19", StringComparison.Ordinal) && key[2] is >= '0' and <= '4' && char.IsAsciiDigit(key[3]));
            passive |= key is "werden" or "werd";
        }

        return dated && passive;
    }
}
