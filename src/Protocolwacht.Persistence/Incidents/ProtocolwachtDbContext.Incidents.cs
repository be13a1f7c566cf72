using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;

namespace Protocolwacht.Persistence;

// The register of online safety incidents and its access log.
public partial class ProtocolwachtDbContext
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentView> IncidentViews => Set<IncidentView>();
}
