namespace Protocolwacht.Fuzz;

/// <summary>
/// The short fuzz pass: a fixed number of <see cref="Mutator"/> inputs (the seeds themselves first)
/// through one target, collecting every input that throws. Run by tests/Protocolwacht.Fuzz.Tests.
/// </summary>
public static class ShortRun
{
    public sealed record Failure(byte[] Input, Exception Exception);

    /// <param name="corpus">The target's seed folder, fuzz/corpus/&lt;name&gt;.</param>
    public static IReadOnlyList<Failure> Run(IFuzzTarget target, string corpus, int inputs, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        var seeds = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"Geen zaadbestanden in {corpus}.");
        }

        var mutator = new Mutator(seeds, seed);
        var failures = new List<Failure>();
        for (var i = 0; i < inputs; i++)
        {
            var input = i < seeds.Count ? seeds[i] : mutator.Next();
            try
            {
                target.Run(input);
            }
#pragma warning disable CA1031 // Every exception is a finding to report, whatever its type.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add(new Failure(input, ex));
            }
        }

        return failures;
    }
}
