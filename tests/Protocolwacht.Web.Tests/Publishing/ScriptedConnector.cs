using System.Collections.Concurrent;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Tests.Publishing;

/// <summary>
/// A platform whose answers a test scripts, standing in for the sandbox channel. Unlike the sandbox it
/// has no idempotency key, so an unknown outcome can only be settled by reading the account's posts.
/// Every call is counted.
/// </summary>
public sealed class ScriptedConnector : IPlatformConnector
{
    public ConcurrentQueue<PublishOutcome> PublishAnswers { get; } = new();
    public ConcurrentQueue<ReconcileOutcome> ReconcileAnswers { get; } = new();
    public int PublishCalls;
    public int ReconcileCalls;

    public string Channel => Channels.Sandbox;

    public PlatformCapabilities Capabilities { get; } = new()
    {
        DisplayName = "Testplatform",
        MaxTextLength = 500,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = false,
        CanDelete = false,
        SupportsIdempotencyKey = false,
        CanReconcile = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind>(),
        MaxMediaCount = 0,
    };

    public Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref PublishCalls);
        return Task.FromResult(PublishAnswers.TryDequeue(out var answer) ? answer : new PublishOutcome.Published($"p{PublishCalls}", null));
    }

    public Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref ReconcileCalls);
        return Task.FromResult(ReconcileAnswers.TryDequeue(out var answer) ? answer : new ReconcileOutcome.NotFound());
    }

    public Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult<PublishOutcome>(new PublishOutcome.Failed(true, "niet ondersteund", null));

    public Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken) =>
        Task.FromResult<DeleteOutcome>(new DeleteOutcome.Failed(true, "niet ondersteund", null));
}
