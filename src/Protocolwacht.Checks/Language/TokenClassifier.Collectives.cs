namespace Protocolwacht.Checks.Language;

/// <summary>
/// Compounds that name a group by their last part: a place where a group lives ("asielzoekerscentrum") and a word for a
/// crowd after a dehumanising, group or villain first part ("rattennest", "Marokkanenvolk", "dievennest").
/// </summary>
internal sealed partial class TokenClassifier
{
    // Heads that make a dehumanising first part into a name for a crowd of people: "rattennest", "apenvolk"; since the
    // twenty-fifth pass also a den ("dievenhol", "rattenhol").
    private static readonly string[] CollectiveHeads = ["nest", "volk", "gebroed", "zooi", "kolonie", "hol"];

    // The longest place word tried as a last part (see Dwelling).
    private const int MaxDwellingLength = 12;

    // "asielzoekerscentrum", "vluchtelingenkamp", "moslimwijk": a group as first part (with a linking s) before a place
    // where people live names the group; the place keeps its own classes ("kamp" stays a place of removal). The place
    // is a short last part, so only the last dozen letters are tried: a joined run of letters ("k u t k u t …") stays linear.
    private ClassMask Dwelling(string key)
    {
        for (var split = Math.Max(3, key.Length - MaxDwellingLength); split <= key.Length - 4; split++)
        {
            if ((_classes.Of(key.AsSpan(split)) & _dwelling) == 0)
            {
                continue;
            }

            var first = key.AsSpan(0, split);
            var group = (_classes.Of(first) | (first[^1] == 's' ? _classes.Of(first[..^1]) : 0)) & _group;
            if (group != 0)
            {
                return group;
            }
        }

        return 0;
    }

    // "rattennest", "apenvolk", "luizenzooi": a dehumanising first part (with a linking -en- or -s-) before a
    // word for a crowd names people as vermin; a group as first part ("Marokkanenvolk") names the group.
    private ClassMask Collective(string key)
    {
        foreach (var head in CollectiveHeads)
        {
            if (key.Length - head.Length < 3 || !key.EndsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            // "Marokkanenvolk", "zigeunervolk": a group as first part names the group.
            var first = key.AsSpan(0, key.Length - head.Length);
            var mask = _classes.Of(first) | (first[^1] == 's' ? _classes.Of(first[..^1]) : 0);
            if ((mask & (_dehumanising | _group)) != 0)
            {
                return mask & (_dehumanising | _group);
            }

            // "dievennest", "boevenhol": a den of villains is a gang, as "boevenbende" is by its last part.
            if ((mask & _villain) != 0)
            {
                return mask & _villain;
            }
        }

        return 0;
    }
}
