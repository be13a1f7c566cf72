// The crash, multi-instance and load tests measure timing and spawn processes; the workflow tests
// start whole app instances. Run them one at a time so they do not distort each other's figures.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
