using Protocolwacht.TestSupport;

// After the last test and before the run is reported finished, the pooled apps stop and the temp folders registered
// for removal go (CleanExitTestFramework): not in the process's exit handlers, which vstest may cut short.
[assembly: TestFramework(CleanExitTestFramework.TypeName, CleanExitTestFramework.AssemblyName)]
