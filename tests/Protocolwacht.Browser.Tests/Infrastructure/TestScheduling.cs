using Protocolwacht.TestSupport.Ordering;

// The page walks are most of this project's time; their collection starts first (LongRunningAttribute), and two more
// collections run beside it, so the short walk-throughs are done by the time the walks are.
// (With xUnit's default of one per core and its own order, a walk started after six minutes and then ran alone.)
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
[assembly: TestCollectionOrderer("Protocolwacht.TestSupport.Ordering." + nameof(LongestFirstCollectionOrderer), "Protocolwacht.TestSupport")]
