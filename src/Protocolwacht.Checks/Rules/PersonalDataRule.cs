using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// BG5 and "Veiligheid": personal data of students, parents, staff (the author included) and outsiders.
/// Block: identification and contact details (BSN, a person's IBAN, private phone, private e-mail, home
/// address, date of birth) and sensitive data about an identifiable person. Doubt: naming a roster student
/// whose photo consent is not true. The organisation's own published contacts and a legal entity's
/// bank account are not personal data.
/// </summary>
internal sealed class PersonalDataRule(CheckResources resources) : ICheckRule
{
    private const int MaxFindings = 10;
    private const string Privacy = "de privacy van anderen wordt gerespecteerd (Bedenk dat..., punt 5)";

    private static readonly HashSet<string> EntityWords = new(StringComparer.Ordinal)
    {
        "stichting", "vereniging", "bv", "nv", "school", "basisschool", "kindcentrum", "konot", "fonds", "gemeente", "kerk",
        "parochie", "ouderraad", "ouderbijdrage", "mr", "gmr", "vrienden", "kwf", "unicef", "bibliotheek", "club", "cooperatie",
    };

    private static readonly HashSet<string> HomeWords = new(StringComparer.Ordinal)
    {
        "thuis", "woont", "wonen", "woon", "woonadres", "huisadres", "adres", "verhuisd", "verhuist", "mijn", "prive", "priveadres", "ouderlijk",
    };

    private static readonly HashSet<string> PrivateWords = new(StringComparer.Ordinal)
    {
        "mijn", "prive", "privenummer", "thuis", "thuisnummer", "eigen", "mobiel", "mobiele", "whatsapp",
    };

    private static readonly HashSet<string> NumberLabels = new(StringComparer.Ordinal)
    {
        "ordernummer", "ordernr", "order", "bestelnummer", "bestelnr", "bestelling", "factuurnummer", "factuurnr", "factuur", "klantnummer",
        "klantnr", "artikelnummer", "artikelnr", "zaaknummer", "kenmerk", "referentie", "referentienummer", "ref", "trackingnummer",
        "track", "pakketnummer", "zendingnummer", "vacaturenummer", "kvk", "kvknummer", "rsin", "btw", "btwnummer", "bonnummer",
        "serienummer", "isbn", "ean", "transactienummer", "betalingskenmerk", "lotnummer", "ticketnummer", "reserveringsnummer",
        "boekingsnummer", "polisnummer", "contractnummer", "licentienummer", "projectnummer", "inschrijfnummer", "registratienummer",
    };

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var folded = context.Text.Folded;
        var candidates = new List<Candidate>();
        if (HasDigit(folded))
        {
            NumberScanner.Scan(folded, candidates);
            AddressScanner.Scan(context.Tokens, candidates);
            BirthDateScanner.Scan(folded, context.Tokens, candidates);
        }

        if (folded.Contains('@', StringComparison.Ordinal) || context.Tokens.Exists(t => t.Key is "at" or "apenstaartje"))
        {
            EmailScanner.Scan(folded, context.Tokens, candidates);
        }

        SpelledDigits.Scan(context.Tokens, candidates);

        var blocked = false;
        var reported = 0;
        foreach (var c in candidates)
        {
            if (reported == MaxFindings)
            {
                break;
            }

            var message = Judge(context, c);
            if (message is null)
            {
                continue;
            }

            var (start, end) = context.Text.ToOriginal(c.Start, c.End);
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, "BG5", start, end, message(context.Quote(start, end))));
            blocked = true;
            reported++;
        }

        if (!blocked && context.Request.Attachments.Count > 0 && ShowsPersonalData(context))
        {
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, "BG5", null, null,
                $"Op de bijlage zijn persoonsgegevens te lezen. Maak ze onleesbaar of kies een andere afbeelding: {Privacy}."));
            blocked = true;
        }

        blocked |= Sensitive(context, findings);
        if (!blocked)
        {
            NamedStudents(context, findings);
        }
    }

    private Func<string, string>? Judge(CheckContext context, Candidate c)
    {
        var contacts = resources.Contacts;
        switch (c.Kind)
        {
            case CandidateKind.Bsn:
                // Order, invoice and registration numbers pass the 11-proef too; a label right before the number says what it is.
                if (LabelledAs(context, c, NumberLabels))
                {
                    return null;
                }

                return q => $"Je noemt een BSN ({q}). Verwijder het: {Privacy}.";
            case CandidateKind.Iban:
                if (NamesLegalEntity(context, c))
                {
                    return null;
                }

                return q => $"Je noemt het rekeningnummer van een persoon ({q}). Verwijder het en laat betalingen via de school lopen: {Privacy}.";
            case CandidateKind.Phone:
                var national = PhoneValidator.National(c.Value);
                if (contacts.Phones.Contains(national))
                {
                    return null;
                }

                var kind = PhoneValidator.Classify(c.Value);
                if (kind == PhoneKind.Mobile || (kind == PhoneKind.Landline && NearWord(context, c, PrivateWords)))
                {
                    return q => $"Je noemt een privételefoonnummer ({q}). Verwijder het en verwijs naar het algemene nummer van de school: {Privacy}.";
                }

                return null;
            case CandidateKind.Email:
                if (contacts.IsOwnEmail(c.Value) || IsOrganisationMailbox(c.Value))
                {
                    return null;
                }

                return q => $"Je noemt een privé-e-mailadres ({q}). Verwijder het en gebruik een adres van de school of Konot: {Privacy}.";
            case CandidateKind.Address:
                if (contacts.IsOwnAddressPart(c.Value) || !(NearWord(context, c, HomeWords) || PersonInSentence(context, c)))
                {
                    return null;
                }

                return q => $"Je noemt een (huis)adres ({q}). Verwijder het: {Privacy}.";
            case CandidateKind.BirthDate:
                return q => $"Je noemt een geboortedatum ({q}). Verwijder die: {Privacy}.";
            default:
                return null;
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "hij", "zij", "ze", "zijn", "haar", "hem", "zn" };
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "mijn", "me", "mij" };

    private bool Sensitive(CheckContext context, List<Finding> findings)
    {
        var people = context.People;
        var examined = 0;
        foreach (var match in context.Matches(resources.Sensitive))
        {
            if (++examined > 50)
            {
                break;
            }

            var sentence = context.Tokens[match.First].Sentence;
            var person = people.Find(p => context.Tokens[p.First].Sentence == sentence)
                ?? (HasWordIn(context, sentence, match.First, Pronouns) ? people.Find(p => context.Tokens[p.First].Sentence == sentence - 1) : null);
            var name = person?.Name;

            // The author's own health is protected too (Konot answers for its staff's safety), but "ik was ziek" alone is not news worth blocking.
            if (name is null && match.Entry.Tag == "health" && context.Tokens[match.First].Key is not ("ziek" or "ziekte") && AboutAuthor(context, match.First))
            {
                name = "jezelf";
            }

            // In a reply to a parent or a pupil, "hij", "uw zoon" or "je" is their child or themselves.
            if (name is null && context.IsReplyToStudentOrParent && ReplyPerson(context, sentence))
            {
                name = context.Request.ReplyTo!.Role == ReplyRole.Student ? "deze leerling" : "het kind van deze ouder";
            }

            if (name is null)
            {
                continue;
            }

            var (start, end) = context.SpanOf(match);
            var what = match.Entry.Tag switch
            {
                "health" => "gezondheid",
                "discipline" => "gedrag of straf",
                "bullied" => "pesten",
                "grades" => "resultaten",
                "care" => "extra zorg of begeleiding",
                _ => "de thuissituatie",
            };
            findings.Add(new Finding(Categories.PersonalData, Severity.Block, "BG5", start, end,
                $"Je deelt gevoelige informatie over {what} van {name} (\"{context.Quote(start, end)}\"). Haal dit weg; bespreek zoiets alleen persoonlijk: {Privacy}."));
            return true;
        }

        return false;
    }

    private static bool ReplyPerson(CheckContext context, int sentence)
    {
        foreach (var t in context.Tokens)
        {
            if (t.Sentence == sentence && t.Key is "hij" or "zij" or "ze" or "zoon" or "dochter" or "kind" or "je" or "jij" or "jouw" or "jongen" or "meisje")
            {
                return true;
            }
        }

        return false;
    }

    // "foto van het formulier met naam, geboortedatum en BSN leesbaar": the attachment shows personal data.
    private static bool ShowsPersonalData(CheckContext context)
    {
        var tokens = context.DescriptionTokens;
        var detail = Language.WordClasses.Default.Mask("personal-detail");
        var details = 0;
        var visible = false;
        foreach (var t in tokens)
        {
            details += (Language.TokenClassifier.Default.Classify(t) & detail) != 0 ? 1 : 0;
            visible |= t.Key is "leesbaar" or "zichtbaar" or "lezen" or "herkenbaar" or "staan";
        }

        return details > 0 && (visible || details >= 2);
    }

    private static readonly HashSet<string> HaveVerbs = new(StringComparer.Ordinal) { "heb", "ben", "zit", "kreeg", "had", "was", "lig", "lag", "sta" };

    // "Ik heb sinds maart een burn-out", "ik zit thuis met een depressie": the author's own condition.
    private static bool AboutAuthor(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var firstPerson = false;
        var verb = false;
        for (var k = index - 1; k >= 0 && k >= index - 5 && tokens[k].Sentence == sentence; k--)
        {
            firstPerson |= FirstPerson.Contains(tokens[k].Key);
            verb |= HaveVerbs.Contains(tokens[k].Key);
        }

        return firstPerson && verb;
    }

    private static bool HasWordIn(CheckContext context, int sentence, int near, HashSet<string> words)
    {
        var tokens = context.Tokens;
        for (var k = Math.Max(0, near - 30); k < Math.Min(tokens.Count, near + 30); k++)
        {
            if (tokens[k].Sentence == sentence && words.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static void NamedStudents(CheckContext context, List<Finding> findings)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in context.People)
        {
            if (mention.Student is not { } student || student.SocialMediaConsent == true || !reported.Add(student.Id))
            {
                continue;
            }

            var (start, end) = context.SpanOf(mention.First, mention.Last);
            var consent = student.SocialMediaConsent == false ? "geen toestemming gegeven" : "geen toestemming vastgelegd";
            findings.Add(new Finding(Categories.PersonalData, Severity.Doubt, "BG5", start, end,
                $"Je noemt de leerling {student.Name}; voor deze leerling is {consent} voor social media. Laat de naam weg of vraag eerst toestemming: {Privacy}."));
        }
    }

    private static readonly HashSet<string> FreeMail = new(StringComparer.Ordinal)
    {
        "gmail", "hotmail", "outlook", "live", "yahoo", "ziggo", "kpn", "kpnmail", "xs4all", "planet", "icloud", "me", "home", "msn", "upcmail", "chello", "telfort", "tele2", "online", "protonmail", "proton", "gmx", "mail",
    };

    private static readonly HashSet<string> GenericMailboxes = new(StringComparer.Ordinal)
    {
        "info", "contact", "secretariaat", "administratie", "redactie", "klantenservice", "servicedesk", "helpdesk", "aanmelden", "communicatie",
        "vragen", "post", "office", "support", "hallo", "hello", "noreply", "receptie", "bestuur", "mr", "ouderraad", "or", "directie", "pers", "nieuws",
        "vacatures", "werkenbij", "sollicitatie", "facturen", "financien", "planning", "balie", "welkom", "team",
    };

    // A mailbox of an organisation (info@bibliotheek.nl) is not personal data; a free-mail address always is.
    private static bool IsOrganisationMailbox(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var domain = email[(at + 1)..].Split('.')[0];
        return !FreeMail.Contains(domain) && GenericMailboxes.Contains(email[..at]);
    }

    private static bool PersonInSentence(CheckContext context, Candidate c)
    {
        var at = TokenAt(context.Tokens, c.Start);
        var sentence = at < 0 ? -1 : context.Tokens[at].Sentence;
        return context.People.Exists(p => context.Tokens[p.First].Sentence == sentence);
    }

    private static bool NamesLegalEntity(CheckContext context, Candidate c)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < c.End || tokens[i].Start > c.End + 60)
            {
                continue;
            }

            if (EntityWords.Contains(tokens[i].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearWord(CheckContext context, Candidate c, HashSet<string> words)
    {
        var tokens = context.Tokens;
        var at = TokenAt(tokens, c.Start);
        if (at < 0)
        {
            return false;
        }

        var sentence = tokens[at].Sentence;
        for (var k = Math.Max(0, at - 30); k < Math.Min(tokens.Count, at + 30); k++)
        {
            var t = tokens[k];
            if ((t.Sentence == sentence || (t.End >= c.Start - 80 && t.Start <= c.End + 40)) && words.Contains(t.Key))
            {
                return true;
            }
        }

        return false;
    }

    // One of the label words within the three words before the number, in the same sentence.
    private static bool LabelledAs(CheckContext context, Candidate c, HashSet<string> labels)
    {
        var tokens = context.Tokens;
        var at = TokenAt(tokens, c.Start);
        if (at < 0)
        {
            return false;
        }

        for (var k = at - 1; k >= 0 && k >= at - 3 && tokens[k].Sentence == tokens[at].Sentence; k--)
        {
            if (labels.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    // The first token that starts at or after a folded offset (binary search), or -1.
    private static int TokenAt(List<Normalisation.Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start >= offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
