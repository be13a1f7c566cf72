using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// Whether an account without platform credentials may publish to the sandbox: in Development, and for the
/// demo organisation. A real organisation in production never publishes silently where nobody reads it; its
/// unconnected accounts are "niet verbonden" and cannot be chosen.
/// </summary>
public sealed class SandboxPolicy(IHostEnvironment environment, IServiceScopeFactory scopes)
{
    public async Task<bool> AllowedAsync(CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>().Boards.AnyAsync(b => b.IsDemo, cancellationToken);
    }
}
