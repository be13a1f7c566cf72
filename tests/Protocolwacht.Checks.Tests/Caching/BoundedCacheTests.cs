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

    // The words of posts include children's names; the cache keeps a hash of each, never its text: no field of the
    // cache or of its entries (down to their parts) can hold a string.
    [Fact]
    public void GetOrAdd_KeepsNoWordText()
    {
        var cache = new BoundedCache<int>(10);
        cache.GetOrAdd("Daan", 0, (_, key) => key.Length);

        Assert.DoesNotContain(typeof(string), FieldTypes(typeof(BoundedCache<int>)));
        Assert.Equal(4, cache.GetOrAdd("Daan", 0, (_, _) => -1)); // answered from the cache by its hash
    }

    [Fact]
    public void FieldTypes_FindsAStringInsideAnEntry()
    {
        Assert.Contains(typeof(string), FieldTypes(typeof(BoundedCache<string>)));
    }

    [Fact]
    public void GetOrAdd_ManyWords_AnswersEachFromTheCache()
    {
        var cache = new BoundedCache<int>(5_000);
        var keys = Enumerable.Range(0, 5_000).Select(i => "woord" + i).ToArray();
        foreach (var key in keys)
        {
            cache.GetOrAdd(key, 0, (_, k) => k.Length);
        }

        Assert.Equal(5_000, cache.Count);
        Assert.All(keys, key => Assert.Equal(key.Length, cache.GetOrAdd(key, 0, (_, _) => -1)));
        Assert.Equal(-1, cache.GetOrAdd("woord5000", 0, (_, _) => -1)); // full: computed, not stored
    }

    // Readers take no lock while writers grow the table (64 entries at first, 32,768 for these words): every answer,
    // read during and after the growth, is the key's own.
    [Fact]
    public async Task GetOrAdd_ManyThreadsWhileTheTableGrows_AnswersEachKeyItsOwn()
    {
        var cache = new BoundedCache<string>(10_000);
        var keys = Enumerable.Range(0, 10_000).Select(i => "leerling" + i).ToArray();

        var wrong = await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
            Enumerable.Range(0, keys.Length).Select(i => keys[(i * 7919 + thread * 1_237) % keys.Length])
                .Count(key => cache.GetOrAdd(key, 0, static (_, k) => k.ToUpperInvariant()) != key.ToUpperInvariant()))));

        Assert.All(wrong, count => Assert.Equal(0, count));
        Assert.Equal(10_000, cache.Count);
        Assert.All(keys, key => Assert.Equal(key.ToUpperInvariant(), cache.GetOrAdd(key, 0, static (_, _) => "niet bewaard")));
    }

    // The types of every instance field of the type, of the elements of its arrays and of its structs' fields.
    private static HashSet<Type> FieldTypes(Type type)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([type]);
        while (pending.TryPop(out var current))
        {
            foreach (var field in current.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            {
                var fieldType = field.FieldType.IsArray ? field.FieldType.GetElementType()! : field.FieldType;
                if (found.Add(fieldType) && fieldType.IsValueType && !fieldType.IsPrimitive)
                {
                    pending.Push(fieldType);
                }
            }
        }

        return found;
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
