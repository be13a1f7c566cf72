namespace Protocolwacht.Cli.Tests.Approvals;

/// <summary>Approval tests: the batch JSON and the human output are contracts, so they are committed.</summary>
public class CliApprovalTests
{
    [Fact]
    public void CheckJsonl_FixedInput_MatchesApprovedOutput()
    {
        var run = CliRunner.Run("check", "--jsonl", Path.Combine(Approver.Folder(), "batch.input.jsonl"));

        Approver.Verify(run.Output, "batch.approved.jsonl");
    }

    [Fact]
    public void Check_BsnOnSchoolAccount_MatchesApprovedOutput()
    {
        var run = CliRunner.Run("check", "Het BSN van de nieuwe leerling is 111222333, graag invoeren.", "--account", "regenboog-x", "--author", "tom.hendriks");

        Approver.Verify(run.Output, "check-bsn.approved.txt");
    }

    [Fact]
    public void Eval_FixedCorpus_MatchesApprovedReport()
    {
        var text = CliRunner.Run("eval", "--corpus", Path.Combine(Approver.Folder(), "eval.corpus.jsonl"));
        var json = CliRunner.Run("eval", "--corpus", Path.Combine(Approver.Folder(), "eval.corpus.jsonl"), "--json");

        Approver.Verify(text.Output, "eval.approved.txt");
        Approver.Verify(json.Output, "eval.approved.json");
    }
}
