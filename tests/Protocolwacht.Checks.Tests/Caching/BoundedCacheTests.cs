using Protocolwacht.Checks.Caching;

namespace Protocolwacht.Checks.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void GetOrAdd_SecondAsk_IsAnsweredFromTheCache()
    {
        var cache = new BoundedCache<int>(10);
        var computed = 0;

        var first = cache.GetOrAdd("kutweer", 0, (_, key) => ++computed + key.Length);
        var second = cache.GetOrAdd("kutweer", 0, (_, key) => ++computed + key.Length);

        Assert.Equal(8, first);
        Assert.Equal(first, second);
        Assert.Equal(1, computed);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrAdd_WhenFull_ComputesEveryTimeAndStoresNothingMore()
    {
        var cache = new BoundedCache<int>(2);
        var computed = 0;
        cache.GetOrAdd("een", 0, (_, _) => ++computed);
        cache.GetOrAdd("twee", 0, (_, _) => ++computed);

        cache.GetOrAdd("drie", 0, (_, _) => ++computed);
        cache.GetOrAdd("drie", 0, (_, _) => ++computed);

        Assert.Equal(4, computed);
        Assert.Equal(2, cache.Count);
    }

    // The words of posts include children's names; the cache keeps a hash of each, never its text.
    [Fact]
    public void GetOrAdd_KeepsNoWordText()
    {
        var cache = new BoundedCache<int>(10);
        cache.GetOrAdd("Daan", 0, (_, key) => key.Length);

        var stored = typeof(BoundedCache<int>).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Select(f => f.GetValue(cache)).OfType<System.Collections.IDictionary>().Single();

        Assert.IsNotType<string>(Assert.Single(stored.Keys.Cast<object>()));
        Assert.Equal(4, cache.GetOrAdd("Daan", 0, (_, _) => -1)); // answered from the cache by its hash
    }

    [Fact]
    public async Task GetOrAdd_ManyThreads_StaysWithinCapacityAndAnswersRight()
    {
        var cache = new BoundedCache<int>(100);
        var keys = Enumerable.Range(0, 1_000).Select(i => "woord" + i).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            keys.All(key => cache.GetOrAdd(key, 0, (_, k) => k.Length) == key.Length))));

        Assert.All(answers, Assert.True);
        Assert.InRange(cache.Count, 100, 100 + 8);
    }
}
