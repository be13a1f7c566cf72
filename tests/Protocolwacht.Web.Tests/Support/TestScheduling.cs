using Protocolwacht.TestSupport.Ordering;

// Four test classes at a time instead of xUnit's default of one per core (two here): a web test is mostly its own
// app's start and its waits (a fresh-clone run used about half a core per half of this project), so two at a time
// left the processor idle. The long classes start first (LongRunningAttribute), so none is a tail on its own.
// The timing-sensitive tests still run alone, after the others (TimingCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
[assembly: TestCollectionOrderer("Protocolwacht.TestSupport.Ordering." + nameof(LongestFirstCollectionOrderer), "Protocolwacht.TestSupport")]
