using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Compose;

public sealed partial class AutosaveTests
{
    /// <summary>
    /// One app per database for the class, a fresh database for every test (<see cref="FreshDatabaseApp"/>): each test
    /// used to start its own app to sign Tom in and open the composer. The race tests' save
    /// interceptors are registered once and do nothing until a test arms them (<see cref="VersionBumpBeforeSave.Arm"/>,
    /// <see cref="AnotherRequestAtTheSameMoment.Arm"/>), for that test only. The tests sign Tom in more often than his account's window allows in a quarter of an hour,
    /// so the throttle's windows are wide here; the throttle has its own tests (SignInThrottleTests). The three tests that
    /// move an account to another school (and the clock past the checker's snapshot age) share the app too: in tests17
    /// they had apps of their own because the test after one of them had its second autosave refused (400). The cause was
    /// the checker snapshot's cached organisation, trusted for its age without reading the stamp while the moved clock
    /// stood inside that age; a move to a fresh database now reloads it (FreshDatabaseOrganisationTests, fixweb2).
    /// </summary>
    public sealed class Apps : FreshDatabaseApp
    {
        public VersionBumpBeforeSave Race { get; } = new();

        public AnotherRequestAtTheSameMoment Interleave { get; } = new();

        protected override void Configure(ProtocolwachtAppOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Settings["SignIn:Throttle:PermitsPerClient"] = "1000";
            options.Settings["SignIn:Throttle:PermitsPerAccount"] = "1000";
            options.Services = s => s.AddSingleton<IInterceptor>(Race).AddSingleton<IInterceptor>(Interleave);
        }
    }
}
