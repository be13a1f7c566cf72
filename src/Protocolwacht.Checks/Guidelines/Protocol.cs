using System.Collections.Frozen;
using Protocolwacht.Domain.ProtocolDocument;

namespace Protocolwacht.Checks.Guidelines;

/// <summary>
/// The guidelines of the protocol document (<see cref="ProtocolDocument.Konot"/>), the one source of every
/// citation: a new version of the document changes every title and text a finding shows. The parts a rule
/// cites are named here once; a rule declares them in <see cref="Rules.ICheckRule.Enforces"/>.
/// </summary>
public static class Protocol
{
    private static readonly Lazy<FrozenDictionary<string, Guideline>> Table = new(() => Load(ProtocolDocument.Konot));

    // Resolved once, when the class is first used: rules cite these on every check.
    public static Guideline R2 { get; } = Get("R2");
    public static Guideline R3 { get; } = Get("R3");
    public static Guideline R4 { get; } = Get("R4");
    public static Guideline R6 { get; } = Get("R6");
    public static Guideline R9 { get; } = Get("R9");
    public static Guideline DO1 { get; } = Get("DO1");
    public static Guideline DO2 { get; } = Get("DO2");
    public static Guideline DO5 { get; } = Get("DO5");
    public static Guideline DONT2 { get; } = Get("DONT2");
    public static Guideline DONT3 { get; } = Get("DONT3");
    public static Guideline DONT4 { get; } = Get("DONT4");
    public static Guideline DONT5 { get; } = Get("DONT5");
    public static Guideline DONT6 { get; } = Get("DONT6");
    public static Guideline DONT8 { get; } = Get("DONT8");
    public static Guideline DONT9 { get; } = Get("DONT9");
    public static Guideline BG4 { get; } = Get("BG4");
    public static Guideline BG5 { get; } = Get("BG5");
    public static Guideline Account { get; } = Get("ACCOUNT");

    public static IEnumerable<Guideline> All => Table.Value.Values;

    public static bool TryGet(string id, out Guideline guideline) => Table.Value.TryGetValue(id, out guideline!);

    public static Guideline Get(string id) =>
        Table.Value.TryGetValue(id, out var g) ? g : throw new KeyNotFoundException($"The protocol has no part '{id}'.");

    /// <summary>Titles follow the protocol's own numbering: the n-th part of a section is its "punt n".</summary>
    internal static FrozenDictionary<string, Guideline> Load(ProtocolDocument document)
    {
        var table = new Dictionary<string, Guideline>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            for (var n = 0; n < section.Parts.Count; n++)
            {
                var part = section.Parts[n];
                if (part.IsCoreValue)
                {
                    continue;
                }

                var title = section.Id switch
                {
                    "richtlijnen" => $"Richtlijn {n + 1}",
                    "dos" => $"Do's, punt {n + 1}",
                    "donts" => $"Don'ts, punt {n + 1}",
                    "achtergrond" => $"Bedenk dat..., punt {n + 1}",
                    _ => part.Id == "ACCOUNT" ? "Berichten onder Konot-account" : section.Heading ?? part.Id,
                };
                table[part.Id] = new Guideline(part.Id, title, part.PlainText);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
