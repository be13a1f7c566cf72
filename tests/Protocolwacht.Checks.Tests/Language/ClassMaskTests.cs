using System.Numerics;

namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// <see cref="ClassMask"/> is an unsigned integer of <see cref="ClassMask.Bits"/> bits made of ulongs (so ReadyToRun
/// precompiles the methods that use it); every operator must give exactly what integer arithmetic modulo
/// 2^<see cref="ClassMask.Bits"/> gives, or a rule would see other classes.
/// </summary>
public class ClassMaskTests
{
    private static readonly BigInteger Modulus = BigInteger.One << ClassMask.Bits;

    // Masks with bits in each of the words, none, all, and the edges of each word.
    private static IEnumerable<ClassMask> Samples()
    {
        var random = new Random(9);
        yield return ClassMask.Zero;
        yield return ClassMask.One;
        yield return ~ClassMask.Zero;
        yield return ClassMask.One << 1;
        for (var edge = 64; edge < ClassMask.Bits; edge += 64)
        {
            yield return ClassMask.One << (edge - 2);
            yield return ClassMask.One << (edge - 1);
            yield return ClassMask.One << edge;
            yield return ClassMask.One << (edge + 1);
        }

        yield return ClassMask.One << (ClassMask.Bits - 2);
        yield return ClassMask.One << (ClassMask.Bits - 1);

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
    public void Operators_GiveWhatIntegerArithmeticOfTheMasksWidthGives()
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
    public void ComparedWithANumber_AnswersAsTheMaskOfThatNumberWould()
    {
        ulong[] numbers = [0, 1, 2, 128, 1UL << 63, ulong.MaxValue];
        var equal = 0;
        foreach (var a in Samples().Append((ClassMask)ulong.MaxValue).Append((ClassMask.One << 64) | (ClassMask)ulong.MaxValue))
        {
            foreach (var n in numbers)
            {
                var expected = a.ToBigInteger() == new BigInteger(n);
                Assert.Equal(expected, a == n);
                Assert.Equal(!expected, a != n);
                Assert.Equal(expected, a == (ClassMask)n);
                equal += expected ? 1 : 0;
            }
        }

        Assert.True(equal >= 4, $"{equal} equal");
    }

    [Fact]
    public void SetBits_AreVisitedLowestFirst_AsTheRulesWalkThem()
    {
        int[] bits = [3, 64, 127, 128, 200, 255, 256, 300, ClassMask.Bits - 1];
        var mask = ClassMask.Zero;
        foreach (var bit in bits)
        {
            mask |= ClassMask.One << bit;
        }

        var seen = new List<int>();
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            seen.Add(ClassMask.TrailingZeroCount(rest));
        }

        Assert.Equal(bits, seen);
        Assert.Equal(bits, Ids(mask));
    }

    [Fact]
    public void SetBitIds_AreTheSetBitsOfTheIntegerLowestFirst()
    {
        foreach (var mask in Samples())
        {
            var wide = mask.ToBigInteger();
            var expected = Enumerable.Range(0, ClassMask.Bits).Where(bit => !(wide & (BigInteger.One << bit)).IsZero).ToList();

            Assert.Equal(expected, Ids(mask));
        }

        Assert.Empty(Ids(ClassMask.Zero));
        Assert.Equal(ClassMask.Bits, Ids(~ClassMask.Zero).Count);
    }

    private static List<int> Ids(ClassMask mask)
    {
        var ids = new List<int>();
        foreach (var id in mask.SetBitIds())
        {
            ids.Add(id);
        }

        return ids;
    }
}
