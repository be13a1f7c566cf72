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

    public static Guideline R2 => Named.R2;
    public static Guideline R3 => Named.R3;
    public static Guideline R4 => Named.R4;
    public static Guideline R6 => Named.R6;
    public static Guideline R9 => Named.R9;
    public static Guideline DO1 => Named.DO1;
    public static Guideline DO2 => Named.DO2;
    public static Guideline DO5 => Named.DO5;
    public static Guideline DONT2 => Named.DONT2;
    public static Guideline DONT3 => Named.DONT3;
    public static Guideline DONT4 => Named.DONT4;
    public static Guideline DONT5 => Named.DONT5;
    public static Guideline DONT6 => Named.DONT6;
    public static Guideline DONT8 => Named.DONT8;
    public static Guideline DONT9 => Named.DONT9;
    public static Guideline BG4 => Named.BG4;
    public static Guideline BG5 => Named.BG5;
    public static Guideline Account => Named.Account;

    public static IEnumerable<Guideline> All => Table.Value.Values;

    public static bool TryGet(string id, out Guideline guideline) => Table.Value.TryGetValue(id, out guideline!);

    public static Guideline Get(string id) =>
        Table.Value.TryGetValue(id, out var g) ? g : throw new KeyNotFoundException($"The protocol has no part '{id}'.");

    // Resolved on first use and kept: rules cite these on every check, and a lookup each time was a measurable share of it.
    private static class Named
    {
        public static readonly Guideline R2 = Get("R2");
        public static readonly Guideline R3 = Get("R3");
        public static readonly Guideline R4 = Get("R4");
        public static readonly Guideline R6 = Get("R6");
        public static readonly Guideline R9 = Get("R9");
        public static readonly Guideline DO1 = Get("DO1");
        public static readonly Guideline DO2 = Get("DO2");
        public static readonly Guideline DO5 = Get("DO5");
        public static readonly Guideline DONT2 = Get("DONT2");
        public static readonly Guideline DONT3 = Get("DONT3");
        public static readonly Guideline DONT4 = Get("DONT4");
        public static readonly Guideline DONT5 = Get("DONT5");
        public static readonly Guideline DONT6 = Get("DONT6");
        public static readonly Guideline DONT8 = Get("DONT8");
        public static readonly Guideline DONT9 = Get("DONT9");
        public static readonly Guideline BG4 = Get("BG4");
        public static readonly Guideline BG5 = Get("BG5");
        public static readonly Guideline Account = Get("ACCOUNT");
    }

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
