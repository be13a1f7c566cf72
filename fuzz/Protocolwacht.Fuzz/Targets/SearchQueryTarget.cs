using System.Text;
using Microsoft.Data.Sqlite;
using Protocolwacht.History.Search;
using Protocolwacht.Persistence.Search;

namespace Protocolwacht.Fuzz.Targets;

/// <summary>
/// The archive search's two parsers of what a person types or an address carries (the search page's <c>q</c> and
/// <c>na</c>, <c>protocolwacht search</c>): <see cref="SearchQuery.Parse"/> and, on SQLite, the FTS5 expression it
/// becomes, matched for real against an FTS5 table made as the migration makes <c>archive_search_fts</c>; and
/// <see cref="SearchCursor.Parse"/> on the same text. The bytes are decoded as UTF-8, as ASP.NET Core decodes a query string.
/// </summary>
public sealed class SearchQueryTarget : IFuzzTarget, IDisposable
{
    private readonly SqliteConnection _fts = OpenFts();
    private readonly Func<SearchQuery, string> _toFts5;

    /// <param name="toFts5">How a query becomes FTS5: the app's <see cref="SearchQuery.ToFts5"/> unless a test shows the contract on another.</param>
    public SearchQueryTarget(Func<SearchQuery, string>? toFts5 = null)
    {
        _toFts5 = toFts5 ?? (query => query.ToFts5());
    }

    public void Run(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        var query = SearchQuery.Parse(text);
        if (query.HasTerms)
        {
            Match(_toFts5(query));
        }

        var cursor = SearchCursor.Parse(text);
        if (cursor is not null && SearchCursor.Parse(cursor.ToString()) != cursor)
        {
            throw new FuzzContractException($"de cursor '{cursor}' leest niet terug als zichzelf");
        }
    }

    public void Dispose() => _fts.Dispose();

    // SQLite refuses an expression it cannot read with "fts5: syntax error": the search page would answer 500.
    private void Match(string expression)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {SearchIndexSql.FtsTable} WHERE {SearchIndexSql.FtsTable} MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        try
        {
            command.ExecuteScalar();
        }
        catch (SqliteException ex)
        {
            throw new FuzzContractException($"SQLite weigert de FTS5-expressie {expression}: {ex.Message}");
        }
    }

    private static SqliteConnection OpenFts()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // As SearchIndexSql.Create makes it, with one row so a match has something to read.
        command.CommandText = $"""
            CREATE VIRTUAL TABLE {SearchIndexSql.FtsTable} USING fts5(terms, parts, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO {SearchIndexSql.FtsTable}(rowid, terms, parts) VALUES (1, 'schoolreis naar de dierentuin', 'school reis');
            """;
        command.ExecuteNonQuery();
        return connection;
    }
}
