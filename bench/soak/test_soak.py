#!/usr/bin/env python3
"""Tests of the soak's reading of a refused compose (python3 bench/soak/test_soak.py): the compose form answers 200
with its problem line or validation summary, as the Razor page renders them."""
import os, sys, unittest

sys.path.insert(0, os.path.dirname(__file__))
import soak  # noqa: E402

PROBLEM_PAGE = '<h1>Nieuw bericht</h1><p class="utrecht-alert utrecht-alert--error" role="alert" data-testid="problem">Kies minstens &#xE9;&#xE9;n account.</p>'
SUMMARY_PAGE = ('<div class="utrecht-alert utrecht-alert--error validation-summary-errors" role="alert" data-valmsg-summary="true">'
                '<ul><li>De tekst is te lang voor X.</li>\n<li>Het woord &quot;Daan Kok uit groep 3&quot; is een naam.</li>\n</ul></div>')


class RefusalMessageTests(unittest.TestCase):
    def test_the_problem_line_is_read_unescaped(self):
        self.assertEqual("Kies minstens één account.", soak.refusal_message(PROBLEM_PAGE, "Een tekst"))

    def test_every_summary_item_is_read_and_the_post_text_left_out(self):
        said = soak.refusal_message(SUMMARY_PAGE, "Daan Kok uit groep 3")
        self.assertEqual('De tekst is te lang voor X. | Het woord "[tekst]" is een naam.', said)

    def test_a_form_shown_again_without_a_message_still_counts(self):
        self.assertEqual("(formulier opnieuw, zonder melding)", soak.refusal_message("<form></form>", "Een tekst"))

    def test_refusals_are_counted_per_message(self):
        stats = soak.Stats()
        stats.refuse_compose("Kies minstens één account.")
        stats.refuse_compose("Kies minstens één account.")
        self.assertEqual({"Kies minstens één account.": 2}, stats.compose_refusals)


if __name__ == "__main__":
    unittest.main()
