using System.Numerics;
using System.Runtime.CompilerServices;

namespace Protocolwacht.Checks;

/// <summary>
/// A word's classes, one bit each (see <see cref="Language.WordClasses"/>), so a pattern asks "is this a group
/// noun?" with one AND. 512 bits in 8 ulongs: the 64 of a ulong ran out at 61 classes, the 128 of two at 127 and
/// the 256 of four held 203 with three passes adding more (perf22 chose the width by measuring it: see
/// docs/benchmarks.md, "Check speed: twenty-sixth pass"). Plain ulongs rather than <see cref="UInt128"/> or a vector
/// type: ReadyToRun does not precompile methods that use UInt128 (its calling convention is not fixed across
/// runtimes), so every method on class masks was compiled at run time, first unoptimised, which cost the batch CLI
/// start-up and throughput. The operators are those of an unsigned 512-bit integer, so a rule reads as it did when
/// the mask was a number. They are marked for inlining: at eight ulongs the JIT and ReadyToRun no longer inlined
/// <c>&amp;</c> and <c>!=</c> by themselves, so every pattern question was calls copying 64-byte masks, and the batch
/// check took about 60 % more processor time than at 256 bits; inlined, the difference is within the noise of the
/// machine (docs/benchmarks.md).
/// </summary>
internal readonly struct ClassMask : IEquatable<ClassMask>
{
    /// <summary>How many bits a mask holds.</summary>
    public const int Bits = 512;

    /// <summary>How many ulongs a mask is made of.</summary>
    private const int Words = 8;

    // Bits 0–63, 64–127, 128–191, 192–255, 256–319, 320–383, 384–447, 448–511.
    private readonly ulong _w0;
    private readonly ulong _w1;
    private readonly ulong _w2;
    private readonly ulong _w3;
    private readonly ulong _w4;
    private readonly ulong _w5;
    private readonly ulong _w6;
    private readonly ulong _w7;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ClassMask(ulong w0, ulong w1, ulong w2, ulong w3, ulong w4, ulong w5, ulong w6, ulong w7)
    {
        _w0 = w0;
        _w1 = w1;
        _w2 = w2;
        _w3 = w3;
        _w4 = w4;
        _w5 = w5;
        _w6 = w6;
        _w7 = w7;
    }

    public static ClassMask Zero => default;

    public static ClassMask One => new(1, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The numbers of the set bits, lowest first (<c>foreach (var id in mask.SetBitIds())</c>). Walked a ulong at a time:
    /// the whole mask's <c>rest &amp;= rest - 1</c> subtracts across eight ulongs and tests them all for every bit, and
    /// the second opinion and the lexicon index walk the classes of every token.
    /// </summary>
    public SetBitEnumerator SetBitIds() => new(this);

    /// <summary>The index of the lowest set bit; <see cref="Bits"/> when none is set.</summary>
    public static int TrailingZeroCount(ClassMask value) =>
        value._w0 != 0 ? BitOperations.TrailingZeroCount(value._w0)
        : value._w1 != 0 ? 64 + BitOperations.TrailingZeroCount(value._w1)
        : value._w2 != 0 ? 128 + BitOperations.TrailingZeroCount(value._w2)
        : value._w3 != 0 ? 192 + BitOperations.TrailingZeroCount(value._w3)
        : value._w4 != 0 ? 256 + BitOperations.TrailingZeroCount(value._w4)
        : value._w5 != 0 ? 320 + BitOperations.TrailingZeroCount(value._w5)
        : value._w6 != 0 ? 384 + BitOperations.TrailingZeroCount(value._w6)
        : 448 + BitOperations.TrailingZeroCount(value._w7);

    // From a small number: "mask != 0", "ClassMask none = 0", "rest - 1".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator ClassMask(ulong value) => new(value, 0, 0, 0, 0, 0, 0, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ClassMask operator &(in ClassMask a, in ClassMask b) => new(a._w0 & b._w0, a._w1 & b._w1, a._w2 & b._w2, a._w3 & b._w3, a._w4 & b._w4, a._w5 & b._w5, a._w6 & b._w6, a._w7 & b._w7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ClassMask operator |(in ClassMask a, in ClassMask b) => new(a._w0 | b._w0, a._w1 | b._w1, a._w2 | b._w2, a._w3 | b._w3, a._w4 | b._w4, a._w5 | b._w5, a._w6 | b._w6, a._w7 | b._w7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ClassMask operator ^(in ClassMask a, in ClassMask b) => new(a._w0 ^ b._w0, a._w1 ^ b._w1, a._w2 ^ b._w2, a._w3 ^ b._w3, a._w4 ^ b._w4, a._w5 ^ b._w5, a._w6 ^ b._w6, a._w7 ^ b._w7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ClassMask operator ~(in ClassMask a) => new(~a._w0, ~a._w1, ~a._w2, ~a._w3, ~a._w4, ~a._w5, ~a._w6, ~a._w7);

    public static ClassMask operator <<(ClassMask a, int shift)
    {
        shift &= Bits - 1;
        var words = shift >> 6;
        var bits = shift & 63;
        Span<ulong> from = [a._w0, a._w1, a._w2, a._w3, a._w4, a._w5, a._w6, a._w7];
        Span<ulong> to = stackalloc ulong[Words];
        for (var i = words; i < Words; i++)
        {
            var source = i - words;
            to[i] = from[source] << bits;
            if (bits != 0 && source > 0)
            {
                to[i] |= from[source - 1] >> (64 - bits);
            }
        }

        return new(to[0], to[1], to[2], to[3], to[4], to[5], to[6], to[7]);
    }

    public static ClassMask operator -(ClassMask a, ClassMask b)
    {
        var w0 = a._w0 - b._w0;
        var borrow = a._w0 < b._w0 ? 1UL : 0UL;
        var w1 = a._w1 - b._w1 - borrow;
        borrow = a._w1 < b._w1 || (a._w1 == b._w1 && borrow != 0) ? 1UL : 0UL;
        var w2 = a._w2 - b._w2 - borrow;
        borrow = a._w2 < b._w2 || (a._w2 == b._w2 && borrow != 0) ? 1UL : 0UL;
        var w3 = a._w3 - b._w3 - borrow;
        borrow = a._w3 < b._w3 || (a._w3 == b._w3 && borrow != 0) ? 1UL : 0UL;
        var w4 = a._w4 - b._w4 - borrow;
        borrow = a._w4 < b._w4 || (a._w4 == b._w4 && borrow != 0) ? 1UL : 0UL;
        var w5 = a._w5 - b._w5 - borrow;
        borrow = a._w5 < b._w5 || (a._w5 == b._w5 && borrow != 0) ? 1UL : 0UL;
        var w6 = a._w6 - b._w6 - borrow;
        borrow = a._w6 < b._w6 || (a._w6 == b._w6 && borrow != 0) ? 1UL : 0UL;
        return new(w0, w1, w2, w3, w4, w5, w6, a._w7 - b._w7 - borrow);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(in ClassMask a, in ClassMask b) => a._w0 == b._w0 && a._w1 == b._w1 && a._w2 == b._w2 && a._w3 == b._w3 && a._w4 == b._w4 && a._w5 == b._w5 && a._w6 == b._w6 && a._w7 == b._w7;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(in ClassMask a, in ClassMask b) => !(a == b);

    // "(mask & Words.X) != 0", the question every pattern asks: against a number the high words are tested for zero
    // in one OR, without building a 64-byte mask of the number first (see docs/benchmarks.md, "twenty-seventh pass").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(in ClassMask a, ulong b) => ((a._w0 ^ b) | a._w1 | a._w2 | a._w3 | a._w4 | a._w5 | a._w6 | a._w7) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(in ClassMask a, ulong b) => !(a == b);

    public bool Equals(ClassMask other) => this == other;

    public override bool Equals(object? obj) => obj is ClassMask other && this == other;

    public override int GetHashCode() => HashCode.Combine(_w0, _w1, _w2, _w3, _w4, _w5, _w6, _w7);

    private ulong Word(int index) => index switch
    {
        0 => _w0,
        1 => _w1,
        2 => _w2,
        3 => _w3,
        4 => _w4,
        5 => _w5,
        6 => _w6,
        _ => _w7,
    };

    /// <summary>The mask as an unsigned integer, for tests and messages.</summary>
    public BigInteger ToBigInteger() =>
        new BigInteger(_w0) | (new BigInteger(_w1) << 64) | (new BigInteger(_w2) << 128) | (new BigInteger(_w3) << 192) | (new BigInteger(_w4) << 256) | (new BigInteger(_w5) << 320) | (new BigInteger(_w6) << 384) | (new BigInteger(_w7) << 448);

    public override string ToString() => ToBigInteger().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The walk of <see cref="SetBitIds"/>: the mask, the ulong being walked and its bits not yet visited.</summary>
    public struct SetBitEnumerator
    {
        private readonly ClassMask _mask;
        private int _word;
        private ulong _rest;

        internal SetBitEnumerator(ClassMask mask)
        {
            _mask = mask;
            _rest = mask._w0;
            Current = -1;
        }

        public int Current { get; private set; }

        public readonly SetBitEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_rest == 0)
            {
                if (_word == Words - 1)
                {
                    return false;
                }

                _rest = _mask.Word(++_word);
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_rest);
            _rest &= _rest - 1;
            return true;
        }
    }
}
