namespace Protocolwacht.Checks.Language;

/// <summary>
/// Compounds that name a group by their last part: a place where a group lives ("asielzoekerscentrum") and a word for a
/// crowd after a dehumanising, group or villain first part ("rattennest", "Marokkanenvolk", "dievennest").
/// </summary>
internal sealed partial class TokenClassifier
{
    // The longest crowd word tried as a last part (`collective-head`: nest, volk, gebroed, zooi, kolonie, hol and their
    // plurals, "kolonies" the longest); like a place, only the last letters are tried, so a joined run stays linear.
    private const int MaxCollectiveLength = 8;

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
    // word for a crowd (`collective-head`; a den since the twenty-fifth pass: "dievenhol") names people as vermin; a
    // group as first part ("Marokkanenvolk") names the group. The longest last part is tried first, as the list's order did.
    private ClassMask Collective(string key)
    {
        for (var split = Math.Max(3, key.Length - MaxCollectiveLength); split <= key.Length - 3; split++)
        {
            if ((_classes.Of(key.AsSpan(split)) & _collectiveHead) == 0)
            {
                continue;
            }

            // "Marokkanenvolk", "zigeunervolk": a group as first part names the group.
            var first = key.AsSpan(0, split);
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
