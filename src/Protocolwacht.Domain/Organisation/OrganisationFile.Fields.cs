using System.Text.Json;

namespace Protocolwacht.Domain.Organisation;

// The JSON field readers of the organisation file: each reads one field, reports what is wrong with
// it (path and line) and returns null or an empty list, so reading always goes on to find every error.
public static partial class OrganisationFile
{
    private sealed partial class Reader
    {
        private List<(T? Value, string Path)> ReadArray<T>(JsonElement parent, string name, bool required, Func<JsonElement, string, T?> read)
            where T : class => ReadArray(parent, name, name, required, read);

        private List<(T? Value, string Path)> ReadArray<T>(JsonElement parent, string path, string name, bool required, Func<JsonElement, string, T?> read)
            where T : class
        {
            var result = new List<(T?, string)>();
            if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(path, $"Het veld '{name}' ontbreekt.");
                }

                return result;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Error(path, $"Het veld '{name}' moet een lijst zijn.");
                return result;
            }

            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = $"{path}[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Error(itemPath, "Verwacht een object.");
                    result.Add((null, itemPath));
                    continue;
                }

                result.Add((read(item, itemPath), itemPath));
            }

            return result;
        }

        private PublicContacts ReadContacts(JsonElement parent, string path)
        {
            if (!parent.TryGetProperty("public_contacts", out var contacts) || contacts.ValueKind != JsonValueKind.Object)
            {
                return PublicContacts.None;
            }

            var p = $"{path}.public_contacts";
            return new PublicContacts(Strings(contacts, p, "email"), Strings(contacts, p, "phone"), Strings(contacts, p, "web"), OptionalString(contacts, p, "address"));
        }

        private List<string> Strings(JsonElement parent, string path, string name)
        {
            var result = new List<string>();
            if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return result;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Error($"{path}.{name}", $"Het veld '{name}' moet een lijst met teksten zijn.");
                return result;
            }

            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    result.Add(item.GetString()!);
                }
                else
                {
                    Error($"{path}.{name}[{i}]", "Verwacht een niet-lege tekst.");
                }

                i++;
            }

            return result;
        }

        private string? RequiredString(JsonElement parent, string path, string name)
        {
            var value = OptionalString(parent, path, name);
            if (value is null && !parent.TryGetProperty(name, out _))
            {
                Error($"{path}.{name}", $"Het veld '{name}' ontbreekt.");
            }
            else if (value is null)
            {
                Error($"{path}.{name}", $"Het veld '{name}' mag niet leeg zijn.");
            }

            return value;
        }

        private string? OptionalString(JsonElement parent, string path, string name)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error($"{path}.{name}", $"Het veld '{name}' moet een tekst zijn.");
                return null;
            }

            var text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
    }
}
