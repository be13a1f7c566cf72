using System.CommandLine;
using Protocolwacht.Checks;
using Protocolwacht.Cli.Batch;
using Protocolwacht.Cli.Checking;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Cli.Rendering;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht check "tekst"</c> checks one draft and explains the findings;
/// <c>protocolwacht check --jsonl FILE</c> runs the batch contract of protocol-checks.md.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext cli)
    {
        var text = new Argument<string?>("tekst")
        {
            Description = "De tekst van het concept-bericht.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Controleer een JSONL-bestand (één bericht per regel, '-' leest standaardinvoer). Schrijft per invoerregel precies één JSON-regel, in dezelfde volgorde. Een onleesbare of lege regel geeft een regel met 'error' en het regelnummer; de rest gaat door.",
            HelpName = "BESTAND",
        };
        var account = new Option<string>("--account")
        {
            Description = "Het account waarop het bericht komt: een account-id van de organisatie (bijv. regenboog-x, konot-linkedin) of 'personal' voor je eigen account.",
            DefaultValueFactory = _ => AccountLookup.Personal,
            HelpName = "ACCOUNT",
        };
        var channel = new Option<string>("--channel")
        {
            Description = "Kanaal van een persoonlijk account (x, facebook, instagram, linkedin, youtube, mastodon, blog).",
            DefaultValueFactory = _ => "x",
            HelpName = "KANAAL",
        };
        var author = new Option<string?>("--author")
        {
            Description = "De schrijver: een medewerker-id uit de organisatie (bijv. tom.hendriks). Zonder schrijver wordt het plaatsingsrecht niet gecontroleerd.",
            HelpName = "MEDEWERKER",
        };
        var replyRole = new Option<string?>("--reply-role")
        {
            Description = "Het bericht is een reactie op iemand met deze rol: student, parent, staff of public.",
            HelpName = "ROL",
        };
        replyRole.AcceptOnlyFromAmong("student", "parent", "staff", "public");
        var replyName = new Option<string?>("--reply-name") { Description = "Naam van degene op wie je reageert.", HelpName = "NAAM" };
        var replyText = new Option<string?>("--reply-text") { Description = "Tekst van het bericht waarop je reageert.", HelpName = "TEKST" };
        var setup = new CheckerOptions();

        var command = new Command("check", """
            Controleer een concept-bericht tegen het social-mediaprotocol.
            Afsluitcodes bij één tekst: 0 toegestaan (allow), 2 twijfel (doubt: eerst advies van je leidinggevende), 3 geblokkeerd (block), 1 verkeerd gebruik of onleesbare invoer.
            Afsluitcodes bij --jsonl: 0 alle regels gecontroleerd (welk oordeel ook), 4 één of meer regels onleesbaar (die staan als 'error' in de uitvoer), 1 bestand niet te openen.
            """)
        {
            text, jsonl, account, channel, author, replyRole, replyName, replyText,
        };

        setup.AddTo(command);
        command.Validators.Add(result =>
        {
            // GetResult, not GetValue: GetValue throws on an option whose own value is missing
            // ("--jsonl" without a file), and that error is already reported by the parser.
            var hasText = result.GetResult(text) is { Tokens.Count: > 0 };
            var hasJsonl = result.GetResult(jsonl) is not null;
            if (hasText == hasJsonl)
            {
                result.AddError("Geef óf een tekst óf --jsonl BESTAND.");
            }
            else if (hasJsonl && (result.GetResult(replyRole) is not null || result.GetResult(author) is not null))
            {
                result.AddError("Bij --jsonl staan schrijver en reactie in elke regel; --author en --reply-* gelden alleen voor één tekst.");
            }

            if (result.GetResult(replyRole) is null && (result.GetResult(replyName) is not null || result.GetResult(replyText) is not null))
            {
                result.AddError("--reply-name en --reply-text vragen ook --reply-role.");
            }
        });

        command.SetAction(parse =>
        {
            if (setup.Create(parse, cli) is not { } ready)
            {
                return ExitCodes.UsageOrInputError;
            }

            var (checker, organisation) = ready;

            if (parse.GetValue(jsonl) is { } path)
            {
                using var input = JsonlInput.Open(path, cli, out var error);
                if (input is null)
                {
                    cli.Error.WriteLine(error);
                    return ExitCodes.UsageOrInputError;
                }

                var failed = JsonlBatchRunner.Run(checker, input, cli.Out);
                return failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesInvalid;
            }

            var target = AccountLookup.Resolve(organisation, parse.GetValue(account)!, parse.GetValue(channel)!, out var accountError);
            var authorId = parse.GetValue(author);
            if (target is null || (authorId is not null && organisation.FindStaff(authorId) is null))
            {
                cli.Error.WriteLine(accountError ?? $"Onbekende medewerker '{authorId}': geef een medewerker-id uit de organisatie.");
                return ExitCodes.UsageOrInputError;
            }

            ReplyContext? reply = null;
            if (parse.GetValue(replyRole) is { } roleCode && Codes.TryParseRole(roleCode, out var role))
            {
                reply = new ReplyContext(role, parse.GetValue(replyName), parse.GetValue(replyText));
            }

            var draft = parse.GetValue(text)!;
            var request = new CheckRequest(draft, new AccountContext(target.Kind, target.SchoolId, target.Channel), authorId, reply, []);
            var result = checker.Check(request);
            new CheckReportWriter(cli.Out, cli.Colour).Write(draft, result);
            return result.Verdict switch
            {
                Verdict.Allow => ExitCodes.Allow,
                Verdict.Doubt => ExitCodes.Doubt,
                _ => ExitCodes.Block,
            };
        });

        return command;
    }
}
