using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>Settings of advice requests (section <c>Advice</c>); a school may set its own term on its edit page.</summary>
public sealed class AdviceOptions
{
    /// <summary>Dutch working days a manager has to answer, for schools without a term of their own (and board staff).</summary>
    public int WorkingDays { get; set; } = AdviceDeadlinePolicy.DefaultWorkingDays;
}
