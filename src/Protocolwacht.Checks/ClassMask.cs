using System.Numerics;

namespace Protocolwacht.Checks;

/// <summary>
/// A word's classes, one bit each (see <see cref="Language.WordClasses"/>), so a pattern asks "is this a group
/// noun?" with one AND. 128 bits: the 64 of a ulong ran out at 61 classes. Two ulongs rather than
/// <see cref="UInt128"/>: ReadyToRun does not precompile methods that use UInt128 (its calling convention is not
/// fixed across runtimes), so every method on class masks was compiled at run time, first unoptimised, which
/// cost the batch CLI start-up and throughput. Same operators and the same values as the UInt128 it replaces
/// (it converts to one), so a rule reads as before.
/// </summary>
internal readonly struct ClassMask : IEquatable<ClassMask>
{
    private readonly ulong _low;
    private readonly ulong _high;

    private ClassMask(ulong low, ulong high)
    {
        _low = low;
        _high = high;
    }

    public static ClassMask Zero => default;

    public static ClassMask One => new(1, 0);

    /// <summary>The index of the lowest set bit; 128 when none is set (as <see cref="UInt128.TrailingZeroCount"/>).</summary>
    public static int TrailingZeroCount(ClassMask value) =>
        value._low != 0 ? BitOperations.TrailingZeroCount(value._low) : 64 + BitOperations.TrailingZeroCount(value._high);

    // From a small number: "mask != 0", "ClassMask none = 0", "rest - 1".
    public static implicit operator ClassMask(ulong value) => new(value, 0);

    public static implicit operator UInt128(ClassMask value) => new(value._high, value._low);

    public static ClassMask operator &(ClassMask a, ClassMask b) => new(a._low & b._low, a._high & b._high);

    public static ClassMask operator |(ClassMask a, ClassMask b) => new(a._low | b._low, a._high | b._high);

    public static ClassMask operator ^(ClassMask a, ClassMask b) => new(a._low ^ b._low, a._high ^ b._high);

    public static ClassMask operator ~(ClassMask a) => new(~a._low, ~a._high);

    public static ClassMask operator <<(ClassMask a, int shift)
    {
        shift &= 127;
        return shift switch
        {
            0 => a,
            < 64 => new(a._low << shift, (a._high << shift) | (a._low >> (64 - shift))),
            _ => new(0, a._low << (shift - 64)),
        };
    }

    public static ClassMask operator -(ClassMask a, ClassMask b)
    {
        var low = a._low - b._low;
        var borrow = a._low < b._low ? 1UL : 0UL;
        return new(low, a._high - b._high - borrow);
    }

    public static bool operator ==(ClassMask a, ClassMask b) => a._low == b._low && a._high == b._high;

    public static bool operator !=(ClassMask a, ClassMask b) => !(a == b);

    public bool Equals(ClassMask other) => this == other;

    public override bool Equals(object? obj) => obj is ClassMask other && this == other;

    public override int GetHashCode() => HashCode.Combine(_low, _high);

    public override string ToString() => ((UInt128)this).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
