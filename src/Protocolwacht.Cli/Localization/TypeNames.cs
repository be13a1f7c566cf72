namespace Protocolwacht.Cli.Localization;

/// <summary>
/// What a value of an option's .NET type looks like, in Dutch, for "'abc' is geen geldige waarde voor optie '--limit':
/// verwacht een geheel getal". System.CommandLine names the type ("System.Int32"), which tells a user nothing.
/// Any other value of a message (the user's token, an option's name) is passed on as it is.
/// </summary>
internal static class TypeNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "een geheel getal",
        ["System.Int64"] = "een geheel getal",
        ["System.Double"] = "een getal",
        ["System.Decimal"] = "een getal",
        ["System.Boolean"] = "true of false",
        ["System.DateOnly"] = "een datum als jjjj-mm-dd",
        ["System.DateTime"] = "een datum en tijd als jjjj-mm-ddTuu:mm",
        ["System.DateTimeOffset"] = "een datum en tijd als jjjj-mm-ddTuu:mm",
        ["System.TimeSpan"] = "een tijdsduur als dagen.uu:mm:ss",
        ["System.IO.FileInfo"] = "een bestand",
        ["System.IO.DirectoryInfo"] = "een map",
    };

    /// <summary>The Dutch of <paramref name="value"/> when it is a type name (plain or nullable), else the value itself.</summary>
    public static string Dutch(string value)
    {
        const string Nullable = "System.Nullable`1[";
        var type = value.StartsWith(Nullable, StringComparison.Ordinal) && value.EndsWith(']') ? value[Nullable.Length..^1] : value;
        return Known.TryGetValue(type, out var dutch) ? dutch : value;
    }
}
