using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Cli.Organisation;

/// <summary>
/// The one place commands get their organisation from. Today: the demo organisation embedded in
/// Domain, or the file named by <c>--org</c>. A database-backed source (the app's configuration)
/// plugs in here as another <see cref="OrganisationSource"/> without touching the commands.
/// </summary>
public sealed class OrganisationSource(Func<FileInfo?, OrganisationLoad> load)
{
    public static OrganisationSource Default { get; } = new(DemoOrFile);

    /// <param name="orgFile">The value of <c>--org</c>, or null when the option was not given.</param>
    public OrganisationLoad Load(FileInfo? orgFile) => load(orgFile);

    public static OrganisationLoad DemoOrFile(FileInfo? orgFile)
    {
        if (orgFile is null)
        {
            return OrganisationLoad.Loaded(OrganisationModel.Demo);
        }

        string json;
        try
        {
            json = File.ReadAllText(orgFile.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return OrganisationLoad.Failed(Commands.InputFileProblem.Describe(orgFile.FullName, ex, "er is niets gecontroleerd"));
        }

        var result = OrganisationFile.Parse(json);
        if (result.Organisation is not null)
        {
            return OrganisationLoad.Loaded(result.Organisation);
        }

        return OrganisationLoad.Failed(
            [$"Het organisatiebestand '{orgFile.FullName}' is niet bruikbaar ({result.Errors.Count} {(result.Errors.Count == 1 ? "fout" : "fouten")}):",
             .. result.Errors.Select(e => $"  {e}")]);
    }
}
