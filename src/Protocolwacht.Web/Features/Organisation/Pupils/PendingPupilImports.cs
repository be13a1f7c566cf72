using Protocolwacht.Persistence.Organisation.Pupils;

namespace Protocolwacht.Web.Features.Organisation.Pupils;

/// <summary>A pupil export between preview and apply (<see cref="PendingFiles{T}"/>).</summary>
public sealed class PendingPupilImports(TimeProvider time) : PendingFiles<PupilFile>(time);
