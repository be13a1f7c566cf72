using System.Numerics;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// <see cref="ClassMask"/> is an unsigned 256-bit integer made of four ulongs (so ReadyToRun precompiles the methods
/// that use it); every operator must give exactly what integer arithmetic modulo 2^256 gives, or a rule would see
/// other classes.
/// </summary>
public class ClassMaskTests
{
    private static readonly BigInteger Modulus = BigInteger.One << ClassMask.Bits;

    // Masks with bits in each of the four words, none, all, and the edges of each word.
    private static IEnumerable<ClassMask> Samples()
    {
        var random = new Random(9);
        yield return ClassMask.Zero;
        yield return ClassMask.One;
        yield return ~ClassMask.Zero;
        foreach (var bit in new[] { 1, 62, 63, 64, 65, 126, 127, 128, 129, 191, 192, 193, 254, 255 })
        {
            yield return ClassMask.One << bit;
        }

        for (var i = 0; i < 300; i++)
        {
            var mask = ClassMask.Zero;
            for (var bits = random.Next(1, 7); bits > 0; bits--)
            {
                mask |= ClassMask.One << random.Next(ClassMask.Bits);
            }

            yield return mask;
        }
    }

    private static BigInteger Wrap(BigInteger value) => ((value % Modulus) + Modulus) % Modulus;

    [Fact]
    public void Operators_GiveWhat256BitIntegerArithmeticGives()
    {
        var samples = Samples().ToList();
        foreach (var a in samples)
        {
            var wideA = a.ToBigInteger();
            Assert.Equal(Modulus - 1 - wideA, (~a).ToBigInteger());
            Assert.Equal(Wrap(wideA - 1), (a - 1).ToBigInteger());
            Assert.Equal(wideA.IsZero ? ClassMask.Bits : (int)BigInteger.TrailingZeroCount(wideA), ClassMask.TrailingZeroCount(a));
            Assert.Equal(!wideA.IsZero, a != 0);
            for (var shift = 0; shift < ClassMask.Bits; shift += 7)
            {
                Assert.Equal(Wrap(wideA << shift), (a << shift).ToBigInteger());
            }

            foreach (var b in samples.Take(40))
            {
                var wideB = b.ToBigInteger();
                Assert.Equal(wideA & wideB, (a & b).ToBigInteger());
                Assert.Equal(wideA | wideB, (a | b).ToBigInteger());
                Assert.Equal(wideA ^ wideB, (a ^ b).ToBigInteger());
                Assert.Equal(Wrap(wideA - wideB), (a - b).ToBigInteger());
                Assert.Equal(wideA == wideB, a == b);
                if (a == b)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }
        }
    }

    [Fact]
    public void SetBits_AreVisitedLowestFirst_AsTheRulesWalkThem()
    {
        var mask = (ClassMask.One << 3) | (ClassMask.One << 64) | (ClassMask.One << 127) | (ClassMask.One << 128) | (ClassMask.One << 200) | (ClassMask.One << 255);
        var seen = new List<int>();
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            seen.Add(ClassMask.TrailingZeroCount(rest));
        }

        Assert.Equal([3, 64, 127, 128, 200, 255], seen);
    }
}
