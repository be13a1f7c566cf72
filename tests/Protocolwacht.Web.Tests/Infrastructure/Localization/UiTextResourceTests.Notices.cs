using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Notices (in the app and by mail) are stored in Dutch and translated when they are read or mailed (MailTexts.Notice):
/// each sentence the workflow composes for one needs an English template, in MailTexts.en.resx (the notices' own
/// texts) or in a resource the translation falls back to (UiText, DeliveryReasons). Found where they are written: the
/// subject and text handed to <c>NotifyAsync</c> / <c>NotifyAdministratorsAsync</c>, a takedown task's notice
/// (the last two texts of <c>new TakedownRequest</c>: subject and text), and in a file that sends notices, the text it composes first (<c>var text =</c>, <c>parts.Add</c>).
/// </summary>
public sealed partial class UiTextResourceTests
{
    [Fact]
    public void EveryNoticeText_HasAnEnglishTemplate()
    {
        var english = new[] { Path.Combine(Resources, "UiText.en.resx"), Notices("MailTexts.en.resx"), Resource("Publishing", "DeliveryReasons.en.resx") }
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        var texts = NoticeTexts();

        var missing = texts.Where(t => !english.Contains(t.Key)).Select(t => $"{t.Key}  ({t.Value})").ToList();

        Assert.True(texts.Count > 30, $"Only {texts.Count} notice texts found: is the scan still finding them?");
        Assert.True(missing.Count == 0, $"{missing.Count} notice texts without an English template:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void NoticeScan_FindsEachKindOfPlace_AsItsTemplate()
    {
        var texts = NoticeTexts();

        Assert.Contains("{0} van je bericht is {1} door {2}.", texts.Keys); // PostChanges: notifier.NotifyAsync(…, $"…", …)
        Assert.Contains("Goedkeuring gevraagd voor een gepubliceerd bericht", texts.Keys); // PostChanges: a subject
        Assert.Contains("Een ingepland bericht wordt tegengehouden: {0} Het gaat om {1}.", texts.Keys); // ConsentNotices: var text = $"…"
        Assert.Contains("Verwijdertaak: leerling gewist", texts.Keys); // PupilErasure: new TakedownRequest(…)
        Assert.Contains("{0} bericht(en) zijn buiten Protocolwacht geplaatst; ze zijn als 'geïmporteerd' in het archief opgenomen en gecontroleerd", texts.Keys); // AccountReconciler: parts.Add($"…")
        Assert.DoesNotContain("/platform-decisions", texts.Keys);
    }

    private static Dictionary<string, string> NoticeTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var code = File.ReadAllText(file);
            if (!code.Contains("NotifyAsync(", StringComparison.Ordinal) && !code.Contains("NotifyAdministratorsAsync(", StringComparison.Ordinal)
                && !code.Contains("new TakedownRequest(", StringComparison.Ordinal))
            {
                continue;
            }

            // A takedown task's last two texts are its notice; the first is the task's reason, which the requester may edit.
            foreach (var text in NoticePlace().Matches(code).SelectMany(p =>
                         p.Value.StartsWith("new", StringComparison.Ordinal) ? StatementTexts(code, p.Index + p.Length).Where(IsText).TakeLast(2) : StatementTexts(code, p.Index + p.Length).Where(IsText)))
            {
                texts.TryAdd(text, Path.GetRelativePath(Source, file));
            }
        }

        return texts;
    }

    private static string Notices(string file) => Resource("Notifications", file);

    private static string Resource(string feature, string file) => Path.Combine(Source, "Protocolwacht.Web", "Features", feature, file);

    [GeneratedRegex(@"\bNotify(?:Administrators)?Async\(|\bnew TakedownRequest\(|\bvar text\s*=|\bparts\.Add\(")]
    private static partial Regex NoticePlace();
}
