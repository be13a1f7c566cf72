using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Infrastructure;

/// <summary>
/// The work counter (<see cref="TestWork"/>) counts a class fixture's work for the class it serves, also after the
/// fixture's first await, where no test class is on the stack (tests18 found such work under "(unknown)": the mail server
/// and the PostgreSQL copy of a class fixture's app start).
/// </summary>
public sealed class TestWorkCountedForTests(TestWorkCountedForTests.Fixture fixture) : IClassFixture<TestWorkCountedForTests.Fixture>
{
    [Fact]
    public void AClassFixturesWork_AfterItsFirstAwait_IsCountedForTheClassItServes()
    {
        Assert.Equal(typeof(TestWorkCountedForTests).FullName, fixture.CountedForAfterAnAwait);
    }

    /// <summary>As a fixture that starts an app: the work it counts comes after an await, on the thread pool.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public string? CountedForAfterAnAwait { get; private set; }

        public async Task InitializeAsync()
        {
            await Task.Delay(1).ConfigureAwait(false);
            CountedForAfterAnAwait = TestWork.CountedFor();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
