using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Attachments;
using Protocolwacht.Web.Features.Compose;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The composer's upload: the input is a multipart/form-data body (boundary <see cref="Boundary"/>),
/// read by ASP.NET Core's form reader with the composer's size limit, bound to <see cref="ComposeForm"/>
/// the way the model binder does for these fields, judged by its bytes and stored by <see cref="AttachmentStore"/>,
/// and served back as GET /attachments/{id} answers. A malformed body may be refused (ASP.NET Core answers it
/// with 400), a file of a type the platforms do not take is refused with a Dutch message; anything else must
/// be stored and served without an exception.
/// </summary>
internal sealed class MultipartUploadTarget : IFuzzTarget
{
    public const string Boundary = "----protocolwacht-fuzz";

    private static readonly FormOptions Limits = new() { MultipartBodyLengthLimit = AttachmentStore.MaxBytes + 1_000_000 };

    private readonly IServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();
    private readonly ProtocolwachtDbContext _db = new(new DbContextOptionsBuilder<ProtocolwachtDbContext>().UseSqlite("Data Source=:memory:").Options);

    public void Run(ReadOnlySpan<byte> input)
    {
        var request = new DefaultHttpContext { RequestServices = _services };
        request.Request.Method = "POST";
        request.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        request.Request.Body = new MemoryStream(input.ToArray());
        request.Features.Set<IFormFeature>(new FormFeature(request.Request, Limits));

        IFormCollection form;
        try
        {
            form = request.Request.ReadFormAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // The form reader's answer to a malformed, cut-off or oversized body. In the app the
            // antiforgery check reads the form first and answers these with 400 (a test in
            // Protocolwacht.Web.Tests/Compose shows it), before any of our code runs.
            return;
        }

        var compose = Bind(form);
        _db.ChangeTracker.Clear();
        // As the composer: a file whose bytes are no type the platforms take is refused with a message, never stored.
        var upload = AttachmentStore.ReadAsync(compose.Upload, CancellationToken.None).GetAwaiter().GetResult();
        if (upload?.Refusal is { } refusal)
        {
            if (string.IsNullOrWhiteSpace(refusal))
            {
                throw new FuzzContractException("een geweigerde upload kreeg geen uitleg");
            }

            return;
        }

        var attachment = AttachmentStore.Store(_db, compose, upload, "tom.hendriks", DateTimeOffset.UnixEpoch);
        if (attachment is null)
        {
            if (compose.Upload is { Length: > 0 and <= AttachmentStore.MaxBytes })
            {
                throw new FuzzContractException("een geldige upload werd niet opgeslagen");
            }

            return;
        }

        var stored = _db.StoredAttachments.Local.Single();
        if (stored.Content.Length != compose.Upload!.Length || stored.FileName is null || string.IsNullOrEmpty(stored.ContentType))
        {
            throw new FuzzContractException($"opgeslagen bijlage wijkt af van de upload: {stored.FileName}, {stored.ContentType}, {stored.Content.Length} bytes");
        }

        Serve(stored.Content, stored.ContentType, stored.FileName);
    }

    // What the model binder makes of these fields: [BindProperty] Form, so names are "Form.<Property>".
    private static ComposeForm Bind(IFormCollection form) => new()
    {
        Text = form["Form.Text"].ToString(),
        AccountIds = [.. form["Form.AccountIds"].OfType<string>()],
        Upload = form.Files.GetFile("Form.Upload"),
        UploadDescription = form["Form.UploadDescription"].FirstOrDefault(),
        UploadSource = form["Form.UploadSource"].FirstOrDefault() ?? "own",
        UploadPermission = form["Form.UploadPermission"].FirstOrDefault(),
        UploadDepicts = [.. form["Form.UploadDepicts"].OfType<string>()],
        UploadUnidentified = int.TryParse(form["Form.UploadUnidentified"].FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0,
        UploadLogo = bool.TryParse(form["Form.UploadLogo"].FirstOrDefault(), out var logo) && logo,
    };

    // The answer of AttachmentsApi's GET /attachments/{id} for this row.
    private void Serve(byte[] content, string contentType, string fileName)
    {
        var response = new DefaultHttpContext { RequestServices = _services };
        response.Request.Method = "GET";
        response.Response.Body = new MemoryStream();
        TypedResults.File(content, contentType, fileName).ExecuteAsync(response).GetAwaiter().GetResult();
        if (response.Response.Body.Length != content.Length)
        {
            throw new FuzzContractException($"{response.Response.Body.Length} van {content.Length} bytes geserveerd");
        }
    }
}
