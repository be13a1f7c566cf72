using Protocolwacht.Persistence.Organisation.StaffImport;

namespace Protocolwacht.Web.Features.Organisation.Staff;

/// <summary>An HR export between preview and apply: in memory only, for its uploader, for 30 minutes (<see cref="PendingFiles{T}"/>).</summary>
public sealed class PendingStaffImports(TimeProvider time) : PendingFiles<StaffFile>(time);
