using System.Text;

namespace Protocolwacht.Fuzz;

/// <summary>
/// A small, deterministic mutation fuzzer for the short pass of ./test.sh, where AFL++ is not run:
/// from a seed and the committed corpus it makes the same inputs on every machine. It mutates the
/// way the run of issue #16 did (bytes flipped, lines cut, fields replaced by other JSON types,
/// random Unicode) and adds the tokens parsers trip over (lone surrogate escapes, deep nesting, huge
/// numbers, invalid UTF-8).
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, int seed)
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\\ud800", "\\udc00", "\\udbff\\udfff", "\\u0000", "\\u", "\\", "\"", "{}", "[]", "null", "true", "false", "0", "-0",
            "1e400", "-1e400", "99999999999999999999", "9223372036854775808", "-9223372036854775809", "1796115600000000",
            "4.9e-324", "NaN", "Infinity", "0x10", "\"\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":", ",", ":", "\r\n", "\n", "\t", "<br>", "</p><p>", "&#xD800;", "&#0;",
            "&amp;", "at://", "urn:li:", "https://", "@konot@mastodon.example", "😀", "\u200B", "\u202E", "é", "\uFFFD", "\uFFFF",
            "Content-Disposition: form-data; name=\"Form.Upload\"; filename=\"", "Content-Type: ", "\r\n\r\n", "--",
            "------protocolwacht-fuzz", "filename*=UTF-8''%FF", "multipart/mixed", "text/\u0000",
        }.Select(Encoding.UTF8.GetBytes),
        [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0x80], [0x00],
    ];

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var input = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            Mutate(input);
        }

        return [.. input];
    }

    private void Mutate(List<byte> input)
    {
        var at = input.Count == 0 ? 0 : _random.Next(input.Count);
        switch (_random.Next(8))
        {
            case 0 when input.Count > 0:
                input[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when input.Count > 0:
                input[at] = (byte)_random.Next(256);
                break;
            case 2 when input.Count > 0:
                input.RemoveRange(at, Math.Min(input.Count - at, 1 + _random.Next(16)));
                break;
            case 3:
                // A line cut short: what a broken upload or a truncated response looks like.
                input.RemoveRange(at, input.Count - at);
                break;
            case 4:
                var other = seeds[_random.Next(seeds.Count)];
                var from = _random.Next(other.Length + 1);
                input.InsertRange(at, other.Skip(from).Take(_random.Next(64)));
                break;
            case 5:
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 6:
                ReplaceValue(input, at);
                break;
            default:
                var random = new byte[1 + _random.Next(8)];
                _random.NextBytes(random);
                input.InsertRange(at, random);
                break;
        }
    }

    // A JSON string or number is swapped for a token of another type ("text": 5, "id": "\ud800").
    private void ReplaceValue(List<byte> input, int at)
    {
        var start = input.IndexOf((byte)'"', at);
        if (start < 0)
        {
            input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
            return;
        }

        var end = input.IndexOf((byte)'"', start + 1);
        var length = end < 0 ? input.Count - start : end - start + 1;
        input.RemoveRange(start, length);
        var token = _random.Next(3) == 0 ? [(byte)'"', .. Tokens[_random.Next(Tokens.Length)], (byte)'"'] : Tokens[_random.Next(Tokens.Length)];
        input.InsertRange(start, token);
    }
}
