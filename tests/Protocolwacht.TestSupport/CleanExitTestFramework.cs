using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Protocolwacht.TestSupport;

/// <summary>
/// xUnit's own test framework with one addition: after the assembly's last test and before its "assembly finished"
/// message (which ends the session, after which vstest gives the host 100 ms unless told otherwise), it runs
/// <see cref="TestRunEnd"/>: the pooled apps stop and the registered temp folders go while the host is sure to live.
/// A failure there is reported as the assembly's clean-up failure. A test project that starts apps or makes folders
/// registers it with <c>[assembly: TestFramework(CleanExitTestFramework.TypeName, CleanExitTestFramework.AssemblyName)]</c>.
/// It also tells the work counter (<see cref="TestWork"/>) which collection and which test class run, so the work of a
/// fixture (started by xUnit, with no test on the stack) is counted for the class or collection it serves.
/// </summary>
public sealed class CleanExitTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string TypeName = "Protocolwacht.TestSupport." + nameof(CleanExitTestFramework);

    public const string AssemblyName = "Protocolwacht.TestSupport";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // As xUnit's own executor (async void there too): the runner waits for the "assembly finished" message, not this method.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            await Aggregator.RunAsync(TestRunEnd.RunAsync);
            await base.BeforeTestAssemblyFinishedAsync();
        }

        // xUnit's own bus, seen through one that tells the work counter which collection and class start (below).
        protected override IMessageBus CreateMessageBus() => new RunningClassBus(base.CreateMessageBus());
    }

    /// <summary>
    /// The class runner queues "test class starting" in its own flow, synchronously, just before it makes the class's
    /// fixtures and runs its tests (xUnit's TestClassRunner.RunAsync; the collection's likewise): the counter's class set
    /// here flows into those and no further, as the runner is an async method. Not the runners themselves: overriding
    /// the assembly runner's RunTestCollectionAsync to put in a runner of our own skipped xUnit's limit on collections
    /// run at once (its private parallelSemaphore), and a first whole run started every class together.
    /// </summary>
    private sealed class RunningClassBus(IMessageBus inner) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestClassStarting classStarting)
            {
                TestWork.CountFor(classStarting.TestClass.Class.Name);
            }
            else if (message is ITestCollectionStarting collectionStarting)
            {
                TestWork.CountFor($"(collection {collectionStarting.TestCollection.DisplayName})");
            }

            return inner.QueueMessage(message);
        }

        public void Dispose() => inner.Dispose();
    }
}
