using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Persistence;

// The draft-to-post workflow: posts, their outbox (deliveries), attachments, the sandbox channel,
// notifications and the mail outbox.
public partial class ProtocolwachtDbContext
{
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<PostChange> PostChanges => Set<PostChange>();
    public DbSet<StoredAttachment> StoredAttachments => Set<StoredAttachment>();
    public DbSet<SandboxPublication> SandboxPublications => Set<SandboxPublication>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<StaffAbsence> StaffAbsences => Set<StaffAbsence>();
}
