namespace Protocolwacht.Checks.Rules.Harmful;

// A group told as a pack of animals (thirteenth pass): "een horde X" (the pack word right before the group or its
// adjective) or a comparison with a pack in a sentence about the group ("als een roedel wolven", "net een
// mierennest"). Of animals alone ("een roedel wolven op de Veluwe") the sentence names no group and is not read.
internal static partial class GroupHateJudge
{
    private static bool Herded(CheckContext context, Sentence s, int group, int k)
    {
        if (group == k + 1)
        {
            return true;
        }

        for (var j = k - 1; j >= s.First && j >= k - 3; j--)
        {
            if ((context.Classes[j] & Words.Comparison) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
