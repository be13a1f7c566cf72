using Protocolwacht.TestSupport.Ordering;

// The two page walks are most of this project's time; they start first (LongRunningAttribute) and side by side,
// and a third collection runs beside them, so the short walk-throughs are done by the time the walks are.
// (With xUnit's default of one per core and its own order, the phone walk started after six minutes and then ran
// alone for two.)
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
[assembly: TestCollectionOrderer("Protocolwacht.TestSupport.Ordering." + nameof(LongestFirstCollectionOrderer), "Protocolwacht.TestSupport")]
