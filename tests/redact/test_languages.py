"""Text in another language reveals the language spoken at home and cannot be vetted by an
English-reading approver: a quote, note or sentence in one of the district's family languages is
withheld as a statement; family-language words inside English sentences are caught by the lexicons;
English sentences full of names stay."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gatekeeper.core.types import Category
from gatekeeper.redact import MARKER, Redactor
from tests.corpus.test_paraphrase import gate

QUOTES = {
    "es": "Por favor no llamen a la policía, mi hijo no es malo y tenemos miedo.",
    "ht": "Tanpri pa rele lapolis pou li, nou pè pou yo pa voye l tounen.",
    "pt": "Por favor não chamem a polícia, ele é um bom menino e estamos com medo.",
    "vi": "Nhà tôi theo đạo Phật, con tôi không phải người xấu.",
    "zh": "请不要报警，我的孩子不是坏人。",
    "ar": "من فضلكم لا تتصلوا بالشرطة، ابني ليس سيئا.",
    "so": "Fadlan ha wacin booliska, wiilkaygu ma aha wiil xun.",
    "ru": "Пожалуйста, не звоните в полицию, мой сын не плохой.",
    "fr": "S'il vous plaît n'appelez pas la police, mon fils n'est pas méchant.",
}


@pytest.mark.parametrize("lang", sorted(QUOTES))
def test_quote_in_another_language_is_withheld(redactor: Redactor, lang: str) -> None:
    text = f'Dario had a folding knife in his backpack. His mother told the counselor: "{QUOTES[lang]}" The knife was locked up.'
    out, reds = redactor.redact_text(text, "incident.description")
    head, _, tail = out.partition(MARKER)
    assert head.rstrip('" ') == "Dario had a folding knife in his backpack. His mother told the counselor:", out
    assert tail.lstrip('.\u3002" ') == "The knife was locked up.", out
    assert Category.LANGUAGE in {r.category for r in reds}


@pytest.mark.parametrize(
    "text",
    [
        "Mom said he is sin papeles and he had a knife.",
        "Dad said li pa gen papye and he had a knife.",
        "Dad said nu ka ta tem papel and he had a knife.",
        "Mom said he is sem documentos and he had a knife.",
        "Mom said the family is qaxooti and he had a knife.",
        "Mom said they are sans-papiers and he had a knife.",
        "His mom only speaks Kabuverdianu and he had a knife.",
        "The family is from Soomaaliya and he had a knife.",
    ],
)
def test_family_language_words_in_english(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert reds and out.endswith("he had a knife."), out


@pytest.mark.parametrize(
    "text",
    [
        "Kayla Lockhart showed a switchblade to classmates in the library.",
        "West Roxbury Academy, second floor",
        "Margarita Muñiz Academy, front door",
        "Ms. Nguyen called Tran Thi Mai and Nguyen Van Long to the office at 9.",
        "The group chat was called 'los pibes' and he posted a photo of a gun.",
    ],
)
def test_english_with_names_stays(redactor: Redactor, text: str) -> None:
    out, reds = redactor.redact_text(text, "incident.description")
    assert not [r for r in reds if r.category is Category.LANGUAGE], out


# Found by the submit benchmark: 1 % of random UUIDs were refused as request_ids, their first
# group read as Arabizi ("abe7ef4a") or a later one through the dodge views ("e501" as "esol").
MACHINE_IDS = [
    "abe7ef4a-1330-466e-aa82-c081fc4d755e",
    "975b3608-e4d5-48a7-b694-1da8b57e09c7",
    "c5905707-e501-44e2-8a79-f32558a130ee",
    "758e1318-ccec-4f0b-9e3f-9473a0cfbeae",
    "dd7ca0de",
]


@pytest.mark.parametrize("code", MACHINE_IDS)
def test_a_hex_code_in_text_is_no_language(redactor: Redactor, code: str) -> None:
    head = code.split("-")[0]
    text = f"The scanner logged ticket {head} when the knife was found."
    out, _ = redactor.redact_text(text, "incident.description")
    assert head in out


@settings(max_examples=300, deadline=None)
@given(u=st.uuids())
def test_any_uuid_is_a_plain_request_label(u: uuid.UUID) -> None:
    g = gate()
    for form in (str(u), u.hex, str(u).upper()):
        assert g.safe_label(form, fold=False) == form


def test_a_word_in_a_request_id_still_makes_it_other() -> None:
    assert gate().safe_label("undocumented-1", fold=False) == "other"
