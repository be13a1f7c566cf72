using System.Text.RegularExpressions;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// What an error line of the batch may claim about its input line. A line is only called a lone surrogate when it
/// holds a \uD800-\uDFFF escape: until 2026-12-04 a value of the wrong type ("text": 42) was reported as one.
/// </summary>
public static partial class BatchErrorContract
{
    /// <summary>Throws a <see cref="FuzzContractException"/> when <paramref name="error"/> blames something the line does not hold.</summary>
    public static void Verify(string line, int lineNumber, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Contains("surrogaat", StringComparison.Ordinal) && !SurrogateEscape().IsMatch(line ?? string.Empty) && !line!.Any(char.IsSurrogate))
        {
            throw new FuzzContractException($"regel {lineNumber}: de fout noemt een surrogaat, maar de regel heeft er geen: {error}");
        }
    }

    [GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial Regex SurrogateEscape();
}
