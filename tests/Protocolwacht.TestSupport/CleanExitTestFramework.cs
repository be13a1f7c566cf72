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

        // As xUnit's own, with the collection's runner below; async, so the counter's class flows into the collection's
        // fixtures and classes and no further.
        protected override async Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource)
        {
            TestWork.CountFor($"(collection {testCollection.DisplayName})");
            return await new CollectionRunner(testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
        }
    }

    private sealed class CollectionRunner(ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus, ITestCaseOrderer testCaseOrderer, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        : XunitTestCollectionRunner(testCollection, testCases, diagnosticMessageSink, messageBus, testCaseOrderer, aggregator, cancellationTokenSource)
    {
        // The class fixtures are made inside the class's runner: what they start after their first await (a database,
        // a mail server) has no test class on its stack, and went to "(unknown)" until tests19.
        protected override async Task<RunSummary> RunTestClassAsync(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases)
        {
            TestWork.CountFor(@class.Type.FullName ?? @class.Name);
            return await base.RunTestClassAsync(testClass, @class, testCases);
        }
    }
}
