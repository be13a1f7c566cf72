using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Features.Compose;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.SignIn;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, KeptUploads keptUploads) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        keptUploads.DiscardAll(User.StaffId()); // a photo kept after a form error does not outlive the session
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
