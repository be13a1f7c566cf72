using System.Text;

namespace Protocolwacht.Imports.Tests;

/// <summary>The export files in Samples/, written in each format as its documentation describes it.</summary>
internal static class Samples
{
    public static Stream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static Stream FromText(string text, Encoding? encoding = null) => new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(text));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}
