using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// Who speaks for Konot. Board members and school leaders always represent Konot (R6), with or without "namens" (both the
/// capacity and the confidential rule ask <see cref="Leads"/>). Anyone else announces for the organisation only when the
/// post says so ("Namens Het Kompas: …") on an account they may post on (ACCOUNT); "namens" on a personal account, or on an
/// account the author may not use, announces nothing (the confidential rule asks <see cref="Announces"/>). The capacity
/// rule reads "namens" itself: on a personal account it is the author's own statement of capacity, which is what R2 asks
/// for, whoever may post where (asking <see cref="Announces"/> there gave dev-136, a vacancy "Namens De Regenboog: …", a
/// capacity advice it should not get).
/// </summary>
internal static class Representation
{
    /// <summary>The author is a board member or a school leader: R6 holds whatever the post says.</summary>
    public static bool Leads(CheckContext context) => context.Author?.Role is StaffRole.Cvb or StaffRole.Directie;

    /// <summary>
    /// The post announces on behalf of the school or Konot: it says "namens" (the capacity lexicon's tag, not after "niet")
    /// and its author leads, or posts on an organisation or school account the posting rights allow them.
    /// </summary>
    public static bool Announces(CheckContext context, CheckResources resources)
    {
        if (context.Author is not { } author || !context.Any(resources.Capacity, "namens"))
        {
            return false;
        }

        if (Leads(context))
        {
            return true;
        }

        var account = context.Request.Account;
        return account.Kind != AccountKind.Personal
            && context.PostingRights.Decide(author, new PostingTarget(account.Kind, account.SchoolId)).Allowed;
    }
}
