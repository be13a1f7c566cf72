namespace Protocolwacht.Checks.Language;

/// <summary>
/// The person names of OpenTaal's Hunspell dictionary (Data/names.txt: entries it writes only with a capital and marks
/// as names, not places or companies, and not also a lower-case word). At the start of a sentence every word has a
/// capital, so only this tells "Sofie viel van het klimrek" (a child) from "Gisteren viel …"; loaded on the first
/// question, which only a sentence with a sensitive fact asks.
/// </summary>
internal static class PersonNames
{
    private static readonly Lazy<WordTable> Table = new(() => WordTable.Load("names.txt"));

    public static bool Contains(ReadOnlySpan<char> key) => Table.Value.Contains(key);
}
