using Xunit.Abstractions;

namespace Protocolwacht.TestSupport.Ordering;

/// <summary>
/// Starts the test collections marked <see cref="LongRunningAttribute"/> first, longest first, and then the rest in
/// xUnit's own order (by unique id). Why: xUnit starts collections in this order and runs a few at a time; the page
/// walks (minutes each) used to start when most of the short classes were done and then ran alone for minutes.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    // A class without [Collection] is a collection of its own, named after the class (xUnit's CollectionPerClass).
    private const string ImplicitCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderByDescending(SecondsOf)
            .ThenBy(c => c.UniqueID);

    /// <summary>The measured seconds of the collection's <see cref="LongRunningAttribute"/>, or 0 when it has none.</summary>
    public static int SecondsOf(ITestCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var type = collection.CollectionDefinition ?? ImplicitClassOf(collection);
        var attribute = type?.GetCustomAttributes(typeof(LongRunningAttribute).AssemblyQualifiedName).FirstOrDefault();
        return attribute?.GetConstructorArguments().FirstOrDefault() as int? ?? 0;
    }

    private static ITypeInfo? ImplicitClassOf(ITestCollection collection) =>
        collection.DisplayName.StartsWith(ImplicitCollectionPrefix, StringComparison.Ordinal)
            ? collection.TestAssembly.Assembly.GetType(collection.DisplayName[ImplicitCollectionPrefix.Length..])
            : null;
}
