namespace Protocolwacht.Persistence.Organisation;

/// <summary>A row whose key is the string id the organisation file gives it, so an import can match rows to file entries.</summary>
public interface IKeyedRow
{
    string Id { get; set; }
}
