namespace Protocolwacht.Imports.Json;

/// <summary>Where the array of records sits in a JSON export file.</summary>
internal sealed record JsonArraySource(
    string FileName,
    string? PropertyName = null,
    bool AllowScriptAssignment = false)
{
    /// <summary>
    /// The root is the array, or (Facebook's newer exports) an object whose first array-valued
    /// property is.
    /// </summary>
    public static JsonArraySource RootArray(string fileName) => new(fileName);

    /// <summary>The root is an object and the records are the array in property <paramref name="name"/>.</summary>
    public static JsonArraySource Property(string fileName, string name) => new(fileName, name);

    /// <summary>X's archive files: <c>window.YTD.tweets.part0 = [ … ]</c>, a JavaScript assignment of an array.</summary>
    public static JsonArraySource ScriptAssignment(string fileName) => new(fileName, AllowScriptAssignment: true);

    /// <summary>The JSON path of the array itself, as issues show it.</summary>
    public string ArrayPath(string? foundProperty) => foundProperty ?? PropertyName ?? string.Empty;
}
