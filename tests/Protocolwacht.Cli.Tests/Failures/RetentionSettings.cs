namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>The tests that read the retention periods from the process's environment run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class RetentionSettings
{
    public const string Name = "Retention settings in the environment";
}
