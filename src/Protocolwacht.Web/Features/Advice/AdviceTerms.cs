using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// The term of an advice request from now: the working days of the author's school (or the board's default) and,
/// for a scheduled post, the lead time before its moment (<see cref="AdviceDeadlinePolicy"/>).
/// </summary>
public sealed class AdviceTerms(ProtocolwachtDbContext db, IOptions<AdviceOptions> advice, IOptions<PublishingOptions> publishing, TimeProvider time)
{
    public async Task<AdviceTerm> ForAsync(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var schoolId = await db.Staff.AsNoTracking().Where(s => s.Id == post.AuthorId).Select(s => s.SchoolId).FirstOrDefaultAsync(cancellationToken);
        var ownDays = schoolId is null ? null
            : await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.AdviceWorkingDays).FirstOrDefaultAsync(cancellationToken);
        var policy = new AdviceDeadlinePolicy(publishing.Value.AdviceLeadTime, ownDays ?? advice.Value.WorkingDays);
        return policy.TermFor(time.GetUtcNow(), post.ScheduledAt);
    }
}
