using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Web.Features.Archive;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>The processing register entry (<see cref="ProcessingRegister"/>) for the privacy officer, generated from this installation's configuration.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class RegisterModel(ProtocolwachtDbContext db, IOptions<RetentionOptions> retention, IOptions<ArchiveOptions> archive) : PageModel
{
    public ProcessingRegister Register { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var board = await db.Boards.AsNoTracking().Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) ?? "het schoolbestuur";
        Register = ProcessingRegister.From(board, retention.Value, archive.Value.Retention);
    }
}
