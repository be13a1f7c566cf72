using Protocolwacht.TestSupport.Ordering;

// Three test classes at a time instead of xUnit's default of one per core (two here): a web test is mostly its own
// app's start and its waits (a fresh-clone run used about half a core per half of this project), so two at a time
// left the processor idle. Four at a time ran the two halves in 11-13 min, but a fresh-clone run with a little else
// on the machine timed out a first publication's real 3 s platform call (ReplyTests, Facebook): three leaves room. The long classes start first (LongRunningAttribute), so none is a tail on its own.
// The timing-sensitive tests still run alone, after the others (TimingCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
[assembly: TestCollectionOrderer("Protocolwacht.TestSupport.Ordering." + nameof(LongestFirstCollectionOrderer), "Protocolwacht.TestSupport")]
