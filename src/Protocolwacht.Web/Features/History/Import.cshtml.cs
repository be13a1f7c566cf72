using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.History.Import;
using Protocolwacht.Imports;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.History;

/// <summary>
/// The web form of <c>protocolwacht import</c>: an administrator uploads an account's export; <see cref="PostImporter"/>
/// checks and archives every new post in one transaction, or refuses the file with every problem and changes nothing.
/// An X archive may come with its <c>data/note-tweet.js</c> (<see cref="Notes"/>), as <c>--notes</c> on the command
/// line: without it a long post keeps only the first 280 characters that <c>tweets.js</c> holds.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[RequestSizeLimit(200 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 200 * 1024 * 1024)]
public sealed class ImportModel(PostImporter importer, CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<OfficialAccount> Accounts { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public string? Refusal { get; private set; }

    public IReadOnlyList<ImportIssue> Issues { get; private set; } = [];

    [BindProperty]
    public string? AccountId { get; set; }

    [BindProperty]
    public string? Format { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>X's <c>data/note-tweet.js</c>, optional; refused with any other format rather than ignored.</summary>
    [BindProperty]
    public IFormFile? Notes { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await AccountsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Accounts = await AccountsAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0 || !PostExportReader.TryParseFormat(Format, out var format) || string.IsNullOrEmpty(AccountId))
        {
            Refusal = "Kies een account, het soort export en het exportbestand.";
            return Page();
        }

        var notes = Notes is { Length: > 0 } ? Notes : null;
        if (notes is not null && format != ImportPlatform.X)
        {
            Refusal = "Een bestand met lange berichten (note-tweet.js) hoort alleen bij een export van X; er is niets geïmporteerd.";
            return Page();
        }

        var checker = await checkers.CurrentAsync(cancellationToken);
        await using var stream = Upload.OpenReadStream();
        await using var notesStream = notes?.OpenReadStream();
        var noteTweets = notesStream is null ? null : new ExportPart(Path.GetFileName(notes!.FileName), notesStream);
        var outcome = await importer.ImportAsync(format, stream, Path.GetFileName(Upload.FileName), AccountId, User.Identity?.Name ?? "onbekend", checker, noteTweets: noteTweets, cancellationToken: cancellationToken);
        Report = outcome.Report;
        Refusal = outcome.Refusal;
        Issues = outcome.Issues;
        return Page();
    }

    private async Task<IReadOnlyList<OfficialAccount>> AccountsAsync(CancellationToken cancellationToken) =>
        [.. (await checkers.OrganisationAsync(cancellationToken)).Accounts.OrderBy(a => a.Id, StringComparer.Ordinal)];
}
