namespace Protocolwacht.Checks.Tests.Language;

/// <summary>
/// <see cref="ClassMask"/> replaced UInt128 so ReadyToRun precompiles the methods that use it; every operator must
/// give exactly what UInt128 gave, or a rule would see other classes.
/// </summary>
public class ClassMaskTests
{
    // Masks with bits in the low half, the high half, both, none, and the edges of each half.
    private static IEnumerable<ClassMask> Samples()
    {
        var random = new Random(9);
        yield return ClassMask.Zero;
        yield return ClassMask.One;
        yield return ~ClassMask.Zero;
        foreach (var bit in new[] { 1, 62, 63, 64, 65, 126, 127 })
        {
            yield return ClassMask.One << bit;
        }

        for (var i = 0; i < 200; i++)
        {
            var mask = ClassMask.Zero;
            for (var bits = random.Next(1, 6); bits > 0; bits--)
            {
                mask |= ClassMask.One << random.Next(128);
            }

            yield return mask;
        }
    }

    [Fact]
    public void Operators_GiveWhatUInt128Gives()
    {
        var samples = Samples().ToList();
        foreach (var a in samples)
        {
            UInt128 wideA = a;
            Assert.Equal(~wideA, (UInt128)(~a));
            Assert.Equal(wideA - 1, (UInt128)(a - 1));
            Assert.Equal(UInt128.TrailingZeroCount(wideA), (UInt128)ClassMask.TrailingZeroCount(a));
            Assert.Equal(wideA != 0, a != 0);
            for (var shift = 0; shift < 128; shift += 7)
            {
                Assert.Equal(wideA << shift, (UInt128)(a << shift));
            }

            foreach (var b in samples.Take(40))
            {
                UInt128 wideB = b;
                Assert.Equal(wideA & wideB, (UInt128)(a & b));
                Assert.Equal(wideA | wideB, (UInt128)(a | b));
                Assert.Equal(wideA ^ wideB, (UInt128)(a ^ b));
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
        var mask = (ClassMask.One << 3) | (ClassMask.One << 64) | (ClassMask.One << 127);
        var seen = new List<int>();
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            seen.Add(ClassMask.TrailingZeroCount(rest));
        }

        Assert.Equal([3, 64, 127], seen);
    }
}
