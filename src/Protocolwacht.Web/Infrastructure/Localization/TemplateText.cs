using System.Globalization;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// A Dutch template cut into its literal pieces and the holes between them ("Je noemt {0}; haal {1} weg."), matched
/// against a finished sentence without a regular expression: the pieces must follow each other in order, the first at
/// the start and the last at the end, and each hole takes the shortest text that lets the rest fit (as a lazy
/// <c>.*?</c> would). Splits already tried are remembered, so a sentence that repeats the separators hundreds of times
/// costs at most pieces × length look-ups, and no clock decides the answer: under load a sentence is translated or not,
/// the same as on a quiet machine.
/// </summary>
internal sealed class TemplateText
{
    private readonly string[] _pieces;
    private readonly int[] _holeNumbers;

    private TemplateText(string[] pieces, int[] holeNumbers)
    {
        _pieces = pieces;
        _holeNumbers = holeNumbers;
        Holes = holeNumbers.Length == 0 ? 0 : holeNumbers.Max() + 1;
        LiteralLength = pieces.Sum(p => p.Length);
    }

    /// <summary>How many parts a match fills: one more than the highest hole number.</summary>
    public int Holes { get; }

    /// <summary>The length of the template's own text, for trying the most literal templates first.</summary>
    public int LiteralLength { get; }

    public static TemplateText Parse(string template)
    {
        var pieces = new List<string>();
        var holes = new List<int>();
        var at = 0;
        for (var open = template.IndexOf('{', at); open >= 0; open = template.IndexOf('{', at))
        {
            var close = template.IndexOf('}', open);
            if (close < 0 || !int.TryParse(template.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                // A brace that is no hole ("{x}") is text like any other.
                pieces.Add(template[at..(open + 1)]);
                holes.Add(-1);
                at = open + 1;
                continue;
            }

            pieces.Add(template[at..open]);
            holes.Add(number);
            at = close + 1;
        }

        pieces.Add(template[at..]);
        return Joined(pieces, holes);
    }

    /// <summary>The parts the holes take in <paramref name="text"/>, or null when the template does not fit it.</summary>
    public string[]? Match(string text)
    {
        if (_holeNumbers.Length == 0)
        {
            return text == _pieces[0] ? [] : null;
        }

        if (!text.StartsWith(_pieces[0], StringComparison.Ordinal) ||
            !text.AsSpan(_pieces[0].Length).EndsWith(_pieces[^1], StringComparison.Ordinal) ||
            text.Length < LiteralLength)
        {
            return null;
        }

        var ends = new int[_holeNumbers.Length];
        var failed = new HashSet<(int Hole, int Start)>();
        if (!Fill(text, 0, _pieces[0].Length, ends, failed))
        {
            return null;
        }

        var parts = new string[Holes];
        Array.Fill(parts, string.Empty);
        var start = _pieces[0].Length;
        for (var i = 0; i < _holeNumbers.Length; i++)
        {
            // A number used twice keeps its last part, as a regular expression's named group does.
            parts[_holeNumbers[i]] = text[start..ends[i]];
            start = ends[i] + _pieces[i + 1].Length;
        }

        return parts;
    }

    // Hole number `hole` starts at `start`: try each place the next piece occurs, shortest first.
    private bool Fill(string text, int hole, int start, int[] ends, HashSet<(int, int)> failed)
    {
        if (hole == _holeNumbers.Length)
        {
            return start == text.Length;
        }

        if (failed.Contains((hole, start)))
        {
            return false;
        }

        var next = _pieces[hole + 1];
        var last = hole == _holeNumbers.Length - 1;
        for (var end = start; end <= text.Length - next.Length; end++)
        {
            end = last ? text.Length - next.Length : text.IndexOf(next, end, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            ends[hole] = end;
            if (Fill(text, hole + 1, end + next.Length, ends, failed))
            {
                return true;
            }

            if (last)
            {
                break;
            }
        }

        failed.Add((hole, start));
        return false;
    }

    // Braces kept as text (-1) join the pieces around them, so only real holes separate pieces.
    private static TemplateText Joined(List<string> pieces, List<int> holes)
    {
        var joinedPieces = new List<string> { pieces[0] };
        var joinedHoles = new List<int>();
        for (var i = 0; i < holes.Count; i++)
        {
            if (holes[i] < 0)
            {
                joinedPieces[^1] += pieces[i + 1];
                continue;
            }

            joinedHoles.Add(holes[i]);
            joinedPieces.Add(pieces[i + 1]);
        }

        return new TemplateText([.. joinedPieces], [.. joinedHoles]);
    }
}
