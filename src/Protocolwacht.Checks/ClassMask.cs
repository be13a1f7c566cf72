using System.Numerics;

namespace Protocolwacht.Checks;

/// <summary>
/// A word's classes, one bit each (see <see cref="Language.WordClasses"/>), so a pattern asks "is this a group
/// noun?" with one AND. 256 bits in four ulongs: the 64 of a ulong ran out at 61 classes and the 128 of two at 127.
/// Plain ulongs rather than <see cref="UInt128"/> or a vector type: ReadyToRun does not precompile methods that use
/// UInt128 (its calling convention is not fixed across runtimes), so every method on class masks was compiled at run
/// time, first unoptimised, which cost the batch CLI start-up and throughput. The operators are those of an
/// unsigned 256-bit integer, so a rule reads as it did when the mask was a number.
/// </summary>
internal readonly struct ClassMask : IEquatable<ClassMask>
{
    /// <summary>How many bits a mask holds.</summary>
    public const int Bits = 256;

    // Bits 0–63, 64–127, 128–191, 192–255.
    private readonly ulong _w0;
    private readonly ulong _w1;
    private readonly ulong _w2;
    private readonly ulong _w3;

    private ClassMask(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        _w0 = w0;
        _w1 = w1;
        _w2 = w2;
        _w3 = w3;
    }

    public static ClassMask Zero => default;

    public static ClassMask One => new(1, 0, 0, 0);

    /// <summary>The index of the lowest set bit; <see cref="Bits"/> when none is set.</summary>
    public static int TrailingZeroCount(ClassMask value) =>
        value._w0 != 0 ? BitOperations.TrailingZeroCount(value._w0)
        : value._w1 != 0 ? 64 + BitOperations.TrailingZeroCount(value._w1)
        : value._w2 != 0 ? 128 + BitOperations.TrailingZeroCount(value._w2)
        : 192 + BitOperations.TrailingZeroCount(value._w3);

    // From a small number: "mask != 0", "ClassMask none = 0", "rest - 1".
    public static implicit operator ClassMask(ulong value) => new(value, 0, 0, 0);

    public static ClassMask operator &(ClassMask a, ClassMask b) => new(a._w0 & b._w0, a._w1 & b._w1, a._w2 & b._w2, a._w3 & b._w3);

    public static ClassMask operator |(ClassMask a, ClassMask b) => new(a._w0 | b._w0, a._w1 | b._w1, a._w2 | b._w2, a._w3 | b._w3);

    public static ClassMask operator ^(ClassMask a, ClassMask b) => new(a._w0 ^ b._w0, a._w1 ^ b._w1, a._w2 ^ b._w2, a._w3 ^ b._w3);

    public static ClassMask operator ~(ClassMask a) => new(~a._w0, ~a._w1, ~a._w2, ~a._w3);

    public static ClassMask operator <<(ClassMask a, int shift)
    {
        shift &= Bits - 1;
        var words = shift >> 6;
        var bits = shift & 63;
        Span<ulong> from = [a._w0, a._w1, a._w2, a._w3];
        Span<ulong> to = stackalloc ulong[4];
        for (var i = words; i < 4; i++)
        {
            var source = i - words;
            to[i] = from[source] << bits;
            if (bits != 0 && source > 0)
            {
                to[i] |= from[source - 1] >> (64 - bits);
            }
        }

        return new(to[0], to[1], to[2], to[3]);
    }

    public static ClassMask operator -(ClassMask a, ClassMask b)
    {
        var w0 = a._w0 - b._w0;
        var borrow = a._w0 < b._w0 ? 1UL : 0UL;
        var w1 = a._w1 - b._w1 - borrow;
        borrow = a._w1 < b._w1 || (a._w1 == b._w1 && borrow != 0) ? 1UL : 0UL;
        var w2 = a._w2 - b._w2 - borrow;
        borrow = a._w2 < b._w2 || (a._w2 == b._w2 && borrow != 0) ? 1UL : 0UL;
        return new(w0, w1, w2, a._w3 - b._w3 - borrow);
    }

    public static bool operator ==(ClassMask a, ClassMask b) => a._w0 == b._w0 && a._w1 == b._w1 && a._w2 == b._w2 && a._w3 == b._w3;

    public static bool operator !=(ClassMask a, ClassMask b) => !(a == b);

    public bool Equals(ClassMask other) => this == other;

    public override bool Equals(object? obj) => obj is ClassMask other && this == other;

    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3);

    /// <summary>The mask as an unsigned integer, for tests and messages.</summary>
    public BigInteger ToBigInteger() =>
        new BigInteger(_w0) | (new BigInteger(_w1) << 64) | (new BigInteger(_w2) << 128) | (new BigInteger(_w3) << 192);

    public override string ToString() => ToBigInteger().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
