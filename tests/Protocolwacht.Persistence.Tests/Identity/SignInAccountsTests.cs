using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Identity;

/// <summary>
/// The demo staff's sign-in accounts, made at the start as the web app's seeder makes them: all in one save, and one
/// set however many instances start at once (an instance that finds its save beaten makes the rest one by one).
/// </summary>
public sealed class SignInAccountsTests
{
    private const string Password = "Konot-demo-2026";

    private static ServiceProvider Instance(TestDatabase database, IInterceptor? interceptor = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(database.Time)
            .AddProtocolwachtDatabase(database.Configuration(), Path.GetTempPath())
            .AddStaffAccounts()
            .Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000)
            .Configure<SignInAccountOptions>(o =>
            {
                o.InitialAdmins = ["sanne.deboer"];
                o.DemoPassword = Password;
            });
        if (interceptor is not null)
        {
            services.AddSingleton(interceptor);
        }

        return services.BuildServiceProvider();
    }

    private static async Task<int> CreateMissingAsync(ServiceProvider instance)
    {
        await using var scope = instance.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SignInAccounts>().CreateMissingAsync();
    }

    /// <summary>Every demo staff member has one account, with the demo password, and only the initial admin the admin role.</summary>
    private static async Task AssertOneSetAsync(ServiceProvider instance)
    {
        await using var scope = instance.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var accounts = await db.Users.AsNoTracking().ToListAsync();
        Assert.Equal(OrganisationModel.Demo.Staff.Select(s => s.Id).Order(StringComparer.Ordinal), accounts.Select(u => u.StaffId).Order(StringComparer.Ordinal));
        Assert.All(accounts, u => Assert.Equal(u.StaffId, u.UserName));
        Assert.All(accounts, u => Assert.Equal(u.StaffId.ToUpperInvariant(), u.NormalizedUserName));
        Assert.All(accounts, u => Assert.True(u.LockoutEnabled));
        Assert.Equal(accounts.Count, accounts.Select(u => u.SecurityStamp).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).Count());
        foreach (var account in accounts)
        {
            Assert.True(await users.CheckPasswordAsync(account, Password), account.StaffId);
        }

        Assert.Equal(["sanne.deboer"], (await users.GetUsersInRoleAsync(AppRoles.Admin)).Select(u => u.StaffId));
    }

    [Theory]
    [AllDatabases]
    public async Task CreateMissing_FreshDemoDatabase_GivesEveryStaffMemberOneAccount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var instance = Instance(database);

        Assert.Equal(OrganisationModel.Demo.Staff.Count, await CreateMissingAsync(instance));
        Assert.Equal(0, await CreateMissingAsync(instance));

        await AssertOneSetAsync(instance);
    }

    [Theory]
    [AllDatabases]
    public async Task CreateMissing_TwoInstancesAtOnce_EndWithOneSet(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = Instance(database);
        await using var second = Instance(database);

        var created = await Task.WhenAll(Task.Run(() => CreateMissingAsync(first)), Task.Run(() => CreateMissingAsync(second)));

        Assert.Equal(OrganisationModel.Demo.Staff.Count, created.Sum());
        await AssertOneSetAsync(first);
    }

    [Theory]
    [AllDatabases]
    public async Task CreateMissing_AnotherInstanceSavesOneFirst_MakesTheRestOneByOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var other = Instance(database);
        var beaten = new AnotherInstanceFirst(other);
        await using var instance = Instance(database, beaten);

        var created = await CreateMissingAsync(instance);

        Assert.NotNull(beaten.StaffId); // the interceptor did step in before the save of all the accounts
        Assert.Equal(OrganisationModel.Demo.Staff.Count - 1, created);
        await AssertOneSetAsync(instance);
    }

    /// <summary>Just before the first save of several new accounts, another instance saves the account of one of them.</summary>
    private sealed class AnotherInstanceFirst(ServiceProvider other) : SaveChangesInterceptor
    {
        public string? StaffId { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<StaffUser>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.StaffId).ToList();
            if (StaffId is null && added.Count > 1)
            {
                StaffId = added.First(id => id != "sanne.deboer");
                await using var scope = other.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
                var made = await users.CreateAsync(new StaffUser { UserName = StaffId, StaffId = StaffId, LockoutEnabled = true }, Password);
                Assert.True(made.Succeeded);
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
