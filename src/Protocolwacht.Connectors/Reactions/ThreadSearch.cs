namespace Protocolwacht.Connectors.Reactions;

/// <summary>
/// Reconciliation of a reply through the reactions reader: the account's own reactions in a thread are read
/// page by page, and one whose text has the attempt's fingerprint is the reply (then it was placed).
/// Only a thread read to its end may say "not found".
/// </summary>
internal static class ThreadSearch
{
    private const int MaxPages = 50;

    /// <param name="threadId">What the reader reads: the root post, or the reaction itself where the platform lists a comment's replies on the comment.</param>
    public static Task<ReconcileOutcome> FindAsync(IReactionReader reader, string threadId, ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return FindAsync(reader.ReadReactionsAsync, threadId, request, credentials, cancellationToken);
    }

    /// <param name="read">Reads one page of a thread (a reader's <see cref="IReactionReader.ReadReactionsAsync"/>, or another edge of the same shape).</param>
    public static async Task<ReconcileOutcome> FindAsync(Func<ReactionsRequest, PlatformCredentials, CancellationToken, Task<ReactionsOutcome>> read, string threadId, ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(request);
        string? cursor = null;
        PlatformCredentials? renewed = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var outcome = await read(new ReactionsRequest(threadId, cursor), renewed ?? credentials, cancellationToken);
            renewed = outcome.RenewedCredentials ?? renewed;
            switch (outcome)
            {
                case ReactionsOutcome.Page page:
                    if (page.Reactions.FirstOrDefault(r => r.FromAccount && PostFingerprint.Matches(request.AccountKey, request.Fingerprint, r.Text)) is { } found)
                    {
                        return new ReconcileOutcome.Found(found.PlatformId, found.Url) { RenewedCredentials = renewed };
                    }

                    cursor = page.NextCursor;
                    if (cursor is null)
                    {
                        return new ReconcileOutcome.NotFound { RenewedCredentials = renewed };
                    }

                    break;
                case ReactionsOutcome.RateLimited limited:
                    return new ReconcileOutcome.RateLimited(limited.RetryAt, limited.Reason) { RenewedCredentials = renewed };
                case ReactionsOutcome.Failed failed:
                    return new ReconcileOutcome.Undetermined(failed.Reason) { RenewedCredentials = renewed };
            }
        }

        return new ReconcileOutcome.Undetermined("De reacties op het bericht passen niet in wat het platform laat lezen; kijk zelf of het antwoord er staat.") { RenewedCredentials = renewed };
    }
}
