using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>The consent register (beeldrecht, AVG) for staff who may see or change it.</summary>
public static class ConsentFeature
{
    public static WebApplicationBuilder AddConsent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IHomeAction, ConsentHomeAction>();
        builder.Services.AddScoped<IHomeOverview, ConsentChangesHomeOverview>();
        builder.Services.AddScoped<ConsentNotices>();
        builder.Services.AddScoped<ConsentFollowUp>();
        builder.Services.AddScoped<Publishing.IDeliveryHold, ConsentHold>();
        return builder;
    }
}

internal sealed class ConsentHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var links = new List<HomeLink>
        {
            new("/consent", "Toestemmingen", staff.Role is StaffRole.Directie or StaffRole.Staf
                ? "Toestemming voor beeld en naam vastleggen en inzien."
                : "Zien welke leerlingen toestemming hebben gegeven voor beeld en naam.", 600),
        };
        if (isAdmin)
        {
            links.Add(new HomeLink("/consent/settings", "Instellingen toestemming", "Doelen en jaarlijkse vernieuwing.", 950));
        }

        return Task.FromResult<IReadOnlyList<HomeLink>>(links);
    }
}
