namespace Protocolwacht.Domain.ProtocolDocument;

/// <summary>
/// What changed between two versions of the protocol, per part (by id) and per section's own text (heading
/// and introduction), in the order of the newer version with removed ones last: what an advisor reviews
/// before publishing and what staff read before they acknowledge again.
/// </summary>
public static class ProtocolComparison
{
    public static IReadOnlyList<ProtocolChange> Compare(ProtocolDocument before, ProtocolDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Units(before).ToDictionary(u => u.Key, StringComparer.Ordinal);
        var changes = new List<ProtocolChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in Units(after))
        {
            seen.Add(unit.Key);
            var previous = old.GetValueOrDefault(unit.Key);
            if (previous?.Text != unit.Text)
            {
                changes.Add(new ProtocolChange(unit.Key, unit.Label, previous?.Text, unit.Text));
            }
        }

        changes.AddRange(old.Values.Where(u => !seen.Contains(u.Key)).Select(u => new ProtocolChange(u.Key, u.Label, u.Text, null)));
        return changes;
    }

    private static IEnumerable<Unit> Units(ProtocolDocument document)
    {
        yield return new Unit("titel", "Titel", document.Title);
        foreach (var section in document.Sections)
        {
            var own = string.Join("\n\n", new[] { section.Heading }.Concat(section.Paragraphs).Concat(section.Closing).OfType<string>());
            if (own.Length > 0)
            {
                yield return new Unit("§" + section.Id, section.Heading ?? section.Id, own);
            }

            foreach (var part in section.Parts)
            {
                yield return new Unit(part.Id, part.Id, PartText.Write(part.Blocks));
            }
        }
    }

    private sealed record Unit(string Key, string Label, string Text);
}

/// <summary>One changed unit: <see cref="Before"/> null when it is new, <see cref="After"/> null when it was removed.</summary>
public sealed record ProtocolChange(string Key, string Label, string? Before, string? After);
