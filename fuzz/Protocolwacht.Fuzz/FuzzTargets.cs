using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Fuzz.Targets;

namespace Protocolwacht.Fuzz;

/// <summary>
/// Every fuzz target by name; the name is also the folder of its seeds, fuzz/corpus/&lt;name&gt;/.
/// A new parser of outside input (a platform export importer, a school-system export) adds one class
/// under Targets/, one line here and a few seeds; scripts/fuzz.sh and the short fuzz pass of
/// ./test.sh pick it up from this table.
/// </summary>
public static class FuzzTargets
{
    private static readonly Lazy<ProtocolChecker> Checker = new(() => ProtocolChecker.Create(OrganisationModel.Demo));

    private static readonly (string Name, Func<IFuzzTarget> Create)[] Table =
    [
        ("batch-line", () => new BatchLineTarget(Checker.Value)),
        ("batch-long-line", () => new BatchLongLineTarget(Checker.Value)),
        ("tree-head", () => new TreeHeadTarget()),
        ("check", () => new CheckTarget(Checker.Value, OrganisationModel.Demo)),
        ("organisation-file", () => new OrganisationFileTarget()),
        ("connector-mastodon", () => new ConnectorResponseTarget(Channels.Mastodon)),
        ("connector-bluesky", () => new ConnectorResponseTarget(Channels.Bluesky)),
        ("connector-x", () => new ConnectorResponseTarget(Channels.X)),
        ("connector-linkedin", () => new ConnectorResponseTarget(Channels.LinkedIn)),
        ("connector-facebook", () => new ConnectorResponseTarget(Channels.Facebook)),
        ("connector-instagram", () => new ConnectorResponseTarget(Channels.Instagram)),
        ("multipart-upload", () => new MultipartUploadTarget()),
        ("import-posts", () => new PostExportTarget()),
        ("import-school", () => new SchoolExportTarget()),
        ("search-query", () => new SearchQueryTarget()),
        ("protocol-document", () => new ProtocolDocumentTarget()),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>Creates one target; its set-up (building the checker, a connector's options) happens here, once, not per input.</summary>
    public static IFuzzTarget Create(string name) =>
        Table.FirstOrDefault(t => t.Name == name).Create?.Invoke()
        ?? throw new ArgumentException($"Onbekend fuzzdoel '{name}'. Bekend: {string.Join(", ", Names)}.", nameof(name));
}
