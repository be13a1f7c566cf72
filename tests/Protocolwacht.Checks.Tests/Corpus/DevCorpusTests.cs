namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The labelled corpora as regression guards. The issue-9 targets (accuracy ≥ 0.92, missed-block ≤ 0.03,
/// false-block ≤ 0.02, F1 ≥ 0.85 per category) hold on dev; on dev2 and on the batches written for this
/// project the guards sit at what the check reaches today (docs/benchmarks.md and the check's README
/// record the figures), so a change that loses ground fails. Reports go to the temp folder.
/// </summary>
public class DevCorpusTests
{
    [Fact]
    public void DevCorpus_MeetsTheTargets() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Shared("dev.jsonl")), "dev", 0.92, 0.03, 0.02, 0.85);

    [Fact]
    public void Dev2Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Shared("dev2.jsonl")), "dev2", 0.95, 0.07, 0.02, 0.75);

    /// <summary>Posts written for this test project in issue 3, labelled per the spec.</summary>
    [Fact]
    public void ProbeCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("probe.jsonl")), "probe", 0.85, 0.10, 0.03, 0.0);

    /// <summary>125 posts written for issue 3 before the engine ran on them; a regression guard since.</summary>
    [Fact]
    public void FreshCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh.jsonl")), "fresh", 0.85, 0.10, 0.03, 0.0);

    /// <summary>
    /// 197 posts written for issue 9 from the spec before any rule changed (first pass: accuracy 0.614,
    /// missed-block 0.563, false-block 0.049); kept as a regression set.
    /// </summary>
    [Fact]
    public void Fresh9Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9.jsonl")), "fresh9", 0.86, 0.10, 0.02, 0.0);

    /// <summary>
    /// 163 posts written for issue 9's second pass from the spec before any rule of that pass changed (first
    /// pass: accuracy 0.761, missed-block 0.356, false-block 0.014); no rule was tuned on its lines.
    /// </summary>
    [Fact]
    public void Fresh9bCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9b.jsonl")), "fresh9b", 0.85, 0.20, 0.03, 0.0);

    /// <summary>
    /// 35 hate, threat and contrast posts written for issue 9's third pass before any rule of that pass
    /// changed (first pass: accuracy 0.657, missed-block 0.440, false-block 0.111); the pass was built on
    /// the classes its misses showed, so this set is a regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh9cCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9c.jsonl")), "fresh9c", 0.90, 0.10, 0.02, 0.0);

    /// <summary>
    /// 32 posts written after the third pass's first changes, as its measure (first pass on them: accuracy
    /// 0.719, missed-block 0.350, false-block 0.167); a second round of changes then used its misses.
    /// </summary>
    [Fact]
    public void Fresh9dCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9d.jsonl")), "fresh9d", 0.85, 0.20, 0.02, 0.0);

    /// <summary>
    /// 45 posts written for issue 9's fourth pass (polite complaints, hinted confidential news, false blocks on
    /// place names, charities, titles and famous quotes) before any rule of that pass changed (first pass:
    /// accuracy 0.600, missed-block 0.875, false-block 0.043); the pass was built on its misses, so it is a
    /// regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh9eCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9e.jsonl")), "fresh9e", 0.95, 0.05, 0.02, 0.0);

    /// <summary>
    /// 26 posts written after the fourth pass's changes as its measure (first pass on them: accuracy 0.577,
    /// missed-block 0.600, false-block 0.231; complaint recall 0.25, confidential 0.40); a last round of
    /// changes then used its misses. One false block remains (an announced pregnancy); the village whose name
    /// is an English swear word passes since the fifth pass read names after a preposition of place.
    /// </summary>
    [Fact]
    public void Fresh9fCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9f.jsonl")), "fresh9f", 0.85, 0.05, 0.08, 0.0);

    /// <summary>
    /// 67 posts written for issue 9's fifth pass (harmful statements about groups and people, sarcasm, emoji
    /// sneers, hinted news, sensitive facts without a diagnosis word, false-block traps) before any rule of
    /// that pass changed (first pass: accuracy 0.836, missed-block 0.207, false-block 0.111); the pass was
    /// built on its misses, so it is a regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh9gCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9g.jsonl")), "fresh9g", 0.95, 0.05, 0.02, 0.0);

    /// <summary>
    /// 25 posts written after the fifth pass's first changes as its measure (first pass on them: accuracy
    /// 0.680, missed-block 0.273, false-block 0.000); a last round of changes then used its misses.
    /// </summary>
    [Fact]
    public void Fresh9hCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh9h.jsonl")), "fresh9h", 0.90, 0.05, 0.02, 0.0);

    /// <summary>
    /// 53 realistic school posts written for the school-post categories before any rule changed (first pass:
    /// accuracy 0.774, missed-block 0.292, false-block 0.000; confidential recall 0.58, personal-data 0.73);
    /// the changes were built on its misses, so it is a regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh10SchoolCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh10-school.jsonl")), "fresh10-school", 0.95, 0.05, 0.02, 0.0);

    /// <summary>
    /// 22 posts written after the first round as its measure (first pass: accuracy 0.591, missed-block 0.455,
    /// false-block 0.000; confidential recall 0.20); a last round then used its misses.
    /// </summary>
    [Fact]
    public void Fresh10bSchoolCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh10b-school.jsonl")), "fresh10b-school", 0.90, 0.10, 0.02, 0.0);

    /// <summary>
    /// 51 realistic school posts written for the seventh pass before any rule changed (first pass: accuracy 0.745,
    /// missed-block 0.348, false-block 0.000; confidential recall 0.47, personal-data 0.75, capacity 0.81); the
    /// changes were built on its misses, so it is a regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh11SchoolCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh11-school.jsonl")), "fresh11-school", 0.95, 0.05, 0.02, 0.0);

    /// <summary>
    /// 23 posts written after the seventh pass's first changes as its measure (first pass: accuracy 0.565,
    /// missed-block 0.400, false-block 0.000; confidential recall 0.29); a last round then used its misses.
    /// </summary>
    [Fact]
    public void Fresh11bSchoolCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh11b-school.jsonl")), "fresh11b-school", 0.95, 0.05, 0.02, 0.0);

    /// <summary>
    /// 23 hate and group-mention posts written after the seventh pass's first round as its measure (first run:
    /// accuracy 0.739, missed-block 0.333, false-block 0.182); a last round then used its misses.
    /// </summary>
    [Fact]
    public void Fresh11bHateCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh11b-hate.jsonl")), "fresh11b-hate", 0.90, 0.05, 0.02, 0.0);

    /// <summary>
    /// 61 school posts written for the eighth pass before the engine ran on them, its tuning batch (first pass:
    /// accuracy 0.885, missed-block 0.167, false-block 0.037); its misses were then fixed by class.
    /// </summary>
    [Fact]
    public void Fresh12School3Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-school3.jsonl")), "fresh12-school3", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 41 school posts written for the eighth pass after its first round, with new words and shapes, its second tuning
    /// batch (first pass: accuracy 0.585, missed-block 0.714, false-block 0.000); its misses were then fixed by class.
    /// </summary>
    [Fact]
    public void Fresh12School3bCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-school3b.jsonl")), "fresh12-school3b", 0.95, 0.0, 0.0, 0.0);

    /// <summary>
    /// 52 school posts written for the eighth pass in another voice and with other words as a held-out measure,
    /// never used for tuning. Its one run came midway through the pass (the first round of class fixes in place):
    /// accuracy 0.731, missed-block 0.294, false-block 0.000. The guard sits at that figure.
    /// </summary>
    [Fact]
    public void Fresh12School3HeldOutCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-school3-heldout.jsonl")), "fresh12-school3-heldout", 0.73, 0.30, 0.0, 0.0);

    /// <summary>
    /// 52 school posts in a third voice, written after the first held-out batch was run midway by mistake and before
    /// any further rule change; run once, at the end of the eighth pass: accuracy 0.808, missed-block 0.429,
    /// false-block 0.043. Never tuned on; the guard sits at that figure.
    /// </summary>
    [Fact]
    public void Fresh12School3HeldOut2Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-school3-heldout2.jsonl")), "fresh12-school3-heldout2", 0.80, 0.43, 0.05, 0.0);
    /// 64 hate, threat and group-mention posts written for the eighth pass before any rule changed (first pass:
    /// accuracy 0.828, missed-block 0.222, false-block 0.115: implicit threats, breeding comparisons, a group
    /// named by a disability, a curse abbreviated in a compound, counter-speech by a generic speaker, a slur
    /// someone was called, animals described by a person's place). The changes were built on its misses, so it
    /// is a regression set, not a measure.
    /// </summary>
    [Fact]
    public void Fresh12Hate3Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-hate3.jsonl")), "fresh12-hate3", 0.98, 0.03, 0.0, 0.0);

    /// <summary>
    /// 53 posts written for the eighth pass at its start, in another voice and with other words than fresh12-hate3,
    /// and run once, after the changes (accuracy 0.792, missed-block 0.355, false-block 0.000). Not tuned on: the
    /// floors are that first run, so this set measures generalisation and guards against falling back. The misses
    /// (threats by a known detail, a weapon kept ready, family of the addressee, escalation and payback idioms; a
    /// simile with flies, apes not in the class; a compound of a group and a dehumanising noun; a fragment question
    /// answered with a dehumanising noun) are classes for the next pass. Since the second opinion's second stop (weights
    /// trained with the fresh14 batches, chosen by cross-validation before this file ran): 0.774 / 0.194 / 0.000, one
    /// allowed post in doubt more and five blockable posts fewer let through; the accuracy floor went down by that one
    /// post and the missed-block floor up from 0.36 to 0.20 (a trade the lead has to accept or refuse).
    /// </summary>
    [Fact]
    public void Fresh12Hate3HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh12-hate3-heldout.jsonl")), "fresh12-hate3-heldout", 0.77, 0.23, 0.0, 0.0);

    /// <summary>
    /// 60 posts written for issue 9's learned second opinion before any model was trained (threats, group hate,
    /// insults, complaints, hinted news, sensitive facts in new voices; 30 allowed look-alikes), never trained
    /// on. First run, rules alone: accuracy 0.817, missed-block 0.320 (8/25), false-block 0.000. With the second stop's
    /// weights (rules + model, the check as shipped): 0.850 / 0.200 (5/25) / 0.000. Since the third stop (harmful-statement
    /// threshold chosen under the cap on doubted group mentions, 0.95 instead of 0.8): 0.833 / 0.200 / 0.000, one
    /// blockable post of the doubt kind fewer stopped; the accuracy floor went down by that post (the lead's call).
    /// Since stop 31's retraining (3,257 posts): 0.833 / 0.240 (6/25) / 0.000: the model no longer doubts a hateful
    /// question about a group's ability to work, which the rules do not read; the cap went up by that post.
    /// </summary>
    [Fact]
    public void Fresh13LearnHeldOutCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh13-learn-heldout.jsonl")), "fresh13-learn-heldout", 0.83, 0.24, 0.0, 0.0);

    /// <summary>
    /// 81 posts written for the second stop of issue 9's second opinion before any training or rule change (long
    /// LinkedIn and blog posts, replies to parents and pupils, chat with typos and emoji; hate and threats of the
    /// issue's classes and their allowed look-alikes), never trained on. Run once at the end: rules alone 0.704 /
    /// 0.326 (14/43) / 0.115, rules + model (the check as shipped) 0.716 / 0.186 (8/43) / 0.115; the floors were that run.
    /// Since the third stop (harmful-statement threshold 0.95 under the cap on doubted group mentions): 0.704 / 0.233
    /// (10/43) / 0.115, two blockable posts more let through; the floors went down to that (the lead's call).
    /// </summary>
    [Fact]
    public void Fresh14Learn2HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh14-learn2-heldout.jsonl")), "fresh14-learn2-heldout", 0.70, 0.24, 0.12, 0.0);

    /// <summary>
    /// 65 posts written for the ninth pass before any rule changed (threats without a threat word, dehumanising
    /// comparisons, generalisations, hate as a question or opinion, a pronoun pointing back, disguised curses and
    /// slurs; 30 allowed look-alikes). First pass (rules + model): accuracy 0.831, missed-block 0.088 (3/34),
    /// false-block 0.067 (2/30). The ninth pass's classes were built on its misses, so it is a regression set, not a
    /// measure: 0.969 / 0.000 / 0.033 after them (left: a saying attributed by "schreef X al" read as a quote, and
    /// "ik weet waar je woont…" with its friendly reason in the next sentence).
    /// </summary>
    [Fact]
    public void Fresh15Rules5Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh15-rules5.jsonl")), "fresh15-rules5", 0.96, 0.0, 0.04, 0.0);

    /// <summary>
    /// 60 posts written for the ninth pass at its start, before any rule changed and in another voice and with other
    /// words than fresh15-rules5 (other groups, verbs and places; 31 allowed look-alikes), committed first and run once
    /// after the changes: rules + model 0.767 / missed-block 0.107 (3/28) / false-block 0.065 (2/31); the same engine
    /// before the ninth pass gave 0.733 / 0.107 / 0.161. Not tuned on: the floors are that first run, except missed-block,
    /// which follows the second opinion retrained on the merged training files (stop 28: 0.767 / 0.143 (4/28) / 0.065). Its misses are
    /// classes for the next pass: intimidation by watching the family or by advice ("ik zou een nieuw slot op je
    /// voordeur zetten"), asking for someone's address with a devil emoji, a promised inability ("hoeft niet meer zelf
    /// terug te lopen"), arson hinted ("lucifers zijn goedkoop"), a group reduced to a burden ("ballast"), "X blijft
    /// X" with "je kunt ze niet opvoeden", a right denied in a question ("waarom zouden we X nog laten stemmen"), a
    /// need denied ("verdienen geen dak boven hun hoofd"), a pig emoji for a colleague; allowed: a foreign word after a
    /// nationality adjective ("Hongaarse … 'kutya'") and a disease in an exhibition list ("Tyfus, cholera en pokken").
    /// </summary>
    [Fact]
    public void Fresh15Rules5HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh15-rules5-heldout.jsonl")), "fresh15-rules5-heldout", 0.76, 0.25, 0.07, 0.0);

    /// <summary>
    /// 60 school-life posts written for the tenth pass before any rule changed (capacity precision: disclaimers,
    /// school accounts, private life; missing-source; hinted and overheard confidential news; sensitive facts about
    /// a child or colleague without a diagnosis word; polite complaints; song lyrics and a copied lesson; swear
    /// look-alikes; replies). First pass (rules + model): accuracy 0.800, missed-block 0.438 (7/16), false-block
    /// 0.000 (0/35). No rule changed in that session, so the floors are that first pass; its misses are the next
    /// pass's classes: an overheard closure ("ik hoorde de directeur bellen"), a photo of the meeting's whiteboard, a
    /// child's operation, suspension or living situation, the author's own diagnosis, a song's full lyrics, a
    /// director's policy opinion given advice instead of doubt, a building complaint with a sarcastic tail; allowed
    /// posts stopped: a weary countdown to the holidays read as a complaint, "het nieuws meldde" and an attributed
    /// writer's line read as quotes.
    /// </summary>
    [Fact]
    public void Fresh16School6Corpus_FirstPassFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-school6.jsonl")), "fresh16-school6", 0.79, 0.44, 0.0, 0.0);

    /// <summary>
    /// 59 posts written with fresh16-school6 but in another voice and with other words, committed before anything
    /// else and run once: rules + model 0.831 / missed-block 0.176 (3/17) / false-block 0.031 (1/32); the floors are
    /// that run. Its misses as classes: a child's hospital stay after an accident, a pupil's detention (doubt, not
    /// personal-data block), the divorce of a pupil's parents, a pupil's grade, a colleague's emergency admission
    /// (read as a quote only), "mag nog niks zeggen tot na de vergadering van de RvT" given doubt, a director's policy
    /// opinion given advice instead of doubt, a polite complaint closed by "mijn persoonlijke mening" not seen;
    /// allowed posts stopped: the board's announced decision date on a school account read as confidential (block),
    /// a weary countdown read as a complaint.
    /// </summary>
    [Fact]
    public void Fresh16School6HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-school6-heldout.jsonl")), "fresh16-school6-heldout", 0.83, 0.18, 0.04, 0.0);

    /// <summary>
    /// 50 posts written for the third stop of issue 9's second opinion before any training (16 neutral or positive
    /// mentions of a protected group, 15 hateful posts, profanity and its look-alikes, replies, hinted news), never
    /// trained on. Run once at the end: rules alone 0.820 / 0.333 (7/21) / 0.000, rules + model (the check as shipped)
    /// 0.820 / 0.190 (4/21) / 0.000; the floors are that run.
    /// </summary>
    [Fact]
    public void Fresh15Learn3HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh15-learn3-heldout.jsonl")), "fresh15-learn3-heldout", 0.82, 0.20, 0.0, 0.0);

    /// <summary>
    /// 40 posts written by the lead at the start of the tenth pass, before any rule changed (22 hateful: resentment,
    /// refusal, burden, worthlessness and removal said of groups, threats, insults; 18 allowed look-alikes). First
    /// pass 0.650 / 0.136 (3/22) / 0.000; after the pass and the retrained second opinion 0.900 / 0.091 (2/22) / 0.000.
    /// </summary>
    [Fact]
    public void Fresh16LeadCorpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-lead.jsonl")), "fresh16-lead", 0.90, 0.10, 0.0, 0.0);

    /// <summary>
    /// 28 posts written with fresh16-lead, in other words (15 hateful, 13 allowed), committed before any rule changed
    /// and run once after the pass and the retraining: 0.679 / 0.400 (6/15) / 0.000 (the engine before the pass, with
    /// stop 28's weights: 0.571 / 0.200 / 0.000 — seven hateful posts the old model doubted and the new threshold lets
    /// through, four more blocked). Not tuned on: the floors are that run, except missed-block, which follows the
    /// second opinion retrained once more with fresh16-train-groups2 (0.679 / 0.467 (7/15) / 0.000) and the accuracy, which follows the
    /// weights retrained after the merge of the tenth pass's batches (harmful-statement 0.9: 0.643 / 0.333 (5/15) / 0.000). Its misses as classes: "te zeggen hebben"
    /// as power, "om mensen op te lichten" as a selfish aim, "een last" said of a group, "een lager ras", a visit by
    /// friends "bij jou thuis" as intimidation, property promised in pieces.
    /// </summary>
    [Fact]
    public void Fresh16LeadHeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-lead-heldout.jsonl")), "fresh16-lead-heldout", 0.64, 0.40, 0.0, 0.0);

    /// <summary>
    /// 59 posts written for the tenth pass before any rule changed (intimidation by advice or by watching the family,
    /// an address asked with a devil emoji, arson hinted, a group called a burden, "X blijft X", a right questioned, a
    /// need denied, animal emoji, slurs at people; 28 allowed look-alikes: hex codes, disease lists, counter-speech,
    /// neutral news, positive generalisations). First pass (rules + model): 0.661 / missed-block 0.414 (12/29) /
    /// false-block 0.107 (3/28). The tenth pass's classes were built on its misses, so it is a regression set, not a
    /// measure: 0.847 / 0.172 (5/29) / 0.000 after them (left: intimidation by advice, an address with a devil
    /// emoji, arson hinted, a death wished on a family).
    /// </summary>
    [Fact]
    public void Fresh16Rules6Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-rules6.jsonl")), "fresh16-rules6", 0.84, 0.18, 0.0, 0.0);

    /// <summary>
    /// 60 posts written for the tenth pass at its start, before any rule changed, in another voice and with other
    /// words than fresh16-rules6 (31 allowed look-alikes), committed first and run once after the changes: rules +
    /// model 0.767 / missed-block 0.276 (8/29) / false-block 0.103 (3/29); the engine before the tenth pass gave
    /// 0.717 / 0.345 (10/29) / 0.103. Not tuned on: the floors are that first run. Its misses are classes for the next
    /// pass: intimidation by advice ("ik raad u aan voortaan met iemand samen naar huis te lopen", "je weet maar nooit
    /// wie er meeleest") or by watching the family at a named place, an address asked with 👹🔪, a promised inability
    /// ("kan jij nooit meer voetballen, dat beloof ik je"), arson hinted ("nog niet afgefikt, iemand moet het eens
    /// doen"), "wacht maar tot je thuiskomt", a bomb wished on a mosque; in doubt instead of block: "een blok aan het
    /// been", a group likened to weeds. Wrongly stopped: a colour code after "#" that spells an insult exactly
    /// ("#d3b1e1"), diseases of relatives ("mijn opa overleefde tering, mijn oma kanker"), and counter-speech that
    /// quotes the hate it walks away from ("'Eens een Marokkaan, altijd een Marokkaan' hoorde ik …": blocked by this
    /// pass's fixed-nature pattern, a model doubt before). A disease list ("difterie, tetanus, tyfus") was blocked
    /// before this pass and is allowed now.
    /// </summary>
    [Fact]
    public void Fresh16Rules6HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh16-rules6-heldout.jsonl")), "fresh16-rules6-heldout", 0.76, 0.28, 0.11, 0.0);
}
