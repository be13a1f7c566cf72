using Protocolwacht.Checks.Learning;

namespace Protocolwacht.Checks.Tests.Learning;

/// <summary>A test's weights written as a dictionary, in the ascending slot order <see cref="SlotWeights"/> keeps.</summary>
internal static class TestWeights
{
    public static SlotWeights Of(IReadOnlyDictionary<int, double> weights)
    {
        var ascending = weights.OrderBy(w => w.Key).ToArray();
        return new SlotWeights([.. ascending.Select(w => w.Key)], [.. ascending.Select(w => w.Value)]);
    }
}
