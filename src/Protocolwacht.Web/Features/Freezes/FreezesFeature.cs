using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Freezes;

/// <summary>Crisis freeze (publicatiestop, protocol: Veiligheid, R10): stop all publishing for a school or the board.</summary>
public static class FreezesFeature
{
    public static WebApplicationBuilder AddFreezes(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FreezeRegister>();
        builder.Services.AddScoped<IPublicationHold, FreezeHold>();
        builder.Services.AddScoped<IHomeAction, FreezesHomeAction>();
        return builder;
    }
}

internal sealed class FreezesHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        IReadOnlyList<HomeLink> links = isAdmin || staff.Role == StaffRole.Directie
            ? [new HomeLink("/freezes", "Publicatiestop", "Bij een crisis al het publiceren stoppen, en weer hervatten.", 800)]
            : [];
        return Task.FromResult(links);
    }
}
