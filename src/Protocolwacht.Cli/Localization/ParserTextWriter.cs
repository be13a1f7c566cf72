using System.Text;

namespace Protocolwacht.Cli.Localization;

/// <summary>
/// The writer System.CommandLine gets for its own output (help, parse errors, typo suggestions): it passes each line
/// on in Dutch (<see cref="ParserTexts"/>). Commands write to the inner writer directly, so their output is never
/// touched. A line is translated when it is complete; a last line without a newline is passed on at <see cref="Flush"/>.
/// </summary>
internal sealed class ParserTextWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(Translate(_line.ToString()));
            inner.Write('\n');
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (var i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(Translate(_line.ToString()));
            _line.Clear();
        }

        inner.Flush();
    }

    /// <summary>The Dutch of one line of System.CommandLine's output (without its newline).</summary>
    public static string Translate(string line)
    {
        var carriageReturn = line.EndsWith('\r');
        var text = carriageReturn ? line[..^1] : line;
        var indent = text[..(text.Length - text.TrimStart().Length)];
        var body = text[indent.Length..];
        foreach (var message in ParserTexts.Messages)
        {
            if (message.Translate(body, TypeNames.Dutch) is { } dutch)
            {
                return indent + dutch + (carriageReturn ? "\r" : string.Empty);
            }
        }

        foreach (var fragment in ParserTexts.Fragments)
        {
            text = Replace(text, fragment);
        }

        return text + (carriageReturn ? "\r" : string.Empty);
    }

    // In a help row the first column is padded to line up the descriptions: a longer or shorter Dutch word takes
    // its difference from the spaces after it, keeping at least two.
    private static string Replace(string text, ParserTexts.Fragment fragment)
    {
        var at = text.IndexOf(fragment.English, StringComparison.Ordinal);
        while (at >= 0)
        {
            var after = at + fragment.English.Length;
            var spaces = 0;
            while (after + spaces < text.Length && text[after + spaces] == ' ')
            {
                spaces++;
            }

            var difference = fragment.Dutch.Length - fragment.English.Length;
            var keep = spaces >= 2 && after + spaces < text.Length ? Math.Max(2, spaces - difference) : spaces;
            text = string.Concat(text.AsSpan(0, at), fragment.Dutch, new string(' ', keep), text.AsSpan(after + spaces));
            at = text.IndexOf(fragment.English, at + fragment.Dutch.Length, StringComparison.Ordinal);
        }

        return text;
    }
}
