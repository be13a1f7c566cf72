using Protocolwacht.Domain.Freezes;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Tests.Freezes;

public class PublishingFreezeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly OfficialAccount SchoolAccount = new("regenboog-x", "x", "@RegenboogEsveld", "regenboog");
    private static readonly OfficialAccount OtherSchoolAccount = new("kompas-instagram", "instagram", "@kckompas", "kompas");
    private static readonly OfficialAccount BoardAccount = new("konot-x", "x", "@KonotOnderwijs", null);

    [Fact]
    public void SchoolFreeze_CoversOnlyThatSchoolsAccounts_UntilLifted()
    {
        var freeze = PublishingFreeze.Start(Guid.NewGuid(), "regenboog", "Overlijden van een leerling", "karin.mulder", Now, out _)!;

        Assert.True(freeze.Covers(SchoolAccount));
        Assert.False(freeze.Covers(OtherSchoolAccount));
        Assert.False(freeze.Covers(BoardAccount));

        Assert.True(freeze.Lift("karin.mulder", null, Now.AddHours(3)));
        Assert.False(freeze.Covers(SchoolAccount));
        Assert.False(freeze.Lift("karin.mulder", null, Now.AddHours(4))); // lifting twice records nothing new
        Assert.Equal(Now.AddHours(3), freeze.LiftedAt);
    }

    [Fact]
    public void BoardFreeze_CoversEveryAccount()
    {
        var freeze = PublishingFreeze.Start(Guid.NewGuid(), null, "Account gekaapt", "sanne.deboer", Now, out _)!;

        Assert.True(freeze.Covers(SchoolAccount));
        Assert.True(freeze.Covers(OtherSchoolAccount));
        Assert.True(freeze.Covers(BoardAccount));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Start_WithoutReason_IsRefusedInDutch(string? reason)
    {
        var freeze = PublishingFreeze.Start(Guid.NewGuid(), "regenboog", reason, "karin.mulder", Now, out var error);

        Assert.Null(freeze);
        Assert.Contains("reden", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Authority_DirectorOwnSchoolOnly_AdministratorAnySchoolOrBoard()
    {
        var director = new StaffMember("karin.mulder", "Karin Mulder", StaffRole.Directie, "directeur", "regenboog", null);
        var teacher = new StaffMember("tom.hendriks", "Tom Hendriks", StaffRole.Medewerker, null, "regenboog", "karin.mulder");

        Assert.Null(FreezeAuthority.Refusal(director, isAdmin: false, "regenboog"));
        Assert.NotNull(FreezeAuthority.Refusal(director, isAdmin: false, "kompas"));
        Assert.NotNull(FreezeAuthority.Refusal(director, isAdmin: false, null));
        Assert.NotNull(FreezeAuthority.Refusal(teacher, isAdmin: false, "regenboog"));
        Assert.Null(FreezeAuthority.Refusal(teacher, isAdmin: true, null));
    }
}
