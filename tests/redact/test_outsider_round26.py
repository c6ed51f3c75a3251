"""Round twenty-six: outsider_aa, the precision frontier (long narratives full of look-alike words,
forbidden facts said once), tested in words of our own. A place or a faith as what a class studies
or a game assigns, a thing named after a place, a staff interpreter at work, a course someone
teaches, a named church that locates the incident, "set up", a teacher's "all right, gang" and a
day's stay in the office stay; their look-alikes that speak of someone's origin, faith, crew or
home still go. A keep phrase that is itself a term is refused at load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gatekeeper.redact import Redactor
from gatekeeper.redact.lexicon import RedactorLoadError
from tests.redact.rounds import assert_kept, assert_withheld

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The class was labelling maps of the Caribbean when Omar threw a chair.", ["maps of the Caribbean"]),
        ("Her group's skit about a market in Hanoi was interrupted when he pulled a knife.", ["market in Hanoi"]),
        ("In the trivia final the team playing as Ghana beat the team playing as Peru; then he swung a bat.",
         ["playing as Ghana", "playing as Peru"]),
        ("Groups presented posters on Hinduism and Judaism before the fight in the hallway.", ["Hinduism and Judaism"]),
        ("The engineering club named its drone the Havana Hawk; he later hit K.T. with it.", ["Havana Hawk"]),
        ("Ms. Osei, one of the district's staff interpreters, walked past as the fight started.", ["staff interpreters"]),
        ("A sub who teaches Portuguese and Italian covered the class; he showed a knife.", ["teaches Portuguese"]),
        ("The fight was at the bus stop in front of the Second Baptist Church on Warren St.",
         ["in front of the Second Baptist Church"]),
        ("The Mandarin club had set up tables when he pulled out the box cutter.", ["had set up tables"]),
        ("Mr. Cole said 'okay, gang, sit down' and then the student punched D.R.", ["okay, gang"]),
        ("He stayed in the main office until his mother came; the knife was bagged.", ["stayed in the main office"]),
        ("It was a black folding knife with a four-inch blade.", ["black folding knife"]),
        ("The Korean drumming group and the Cape Verdean morna singers performed before the fight.",
         ["Cape Verdean morna"]),
        ("The students from the fight in the lot were sent home; he had the knife.", ["students from the fight"]),
    ],
)
def test_fact_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    assert_kept(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("During the map quiz he said his family is from Peru, then he hit her.", "Peru"),
        ("In the geography lesson she told everyone she was born in Ghana. She had a knife.", "Ghana"),
        ("They named him the Haitian Hurricane on the team. He had brass knuckles.", "Haitian"),
        ("The district's staff interpreter called his mother in Haitian Creole. He had a knife.", "Haitian Creole"),
        ("His mother teaches him Arabic at home; he brought a knife.", "Arabic"),
        ("The family attends services at the Second Baptist Church on Warren St. He had a gun.", "Second Baptist"),
        ("He stays at his aunt's on Bowdoin St since the fire. He had a knife.", "Bowdoin"),
        ("He had on a green flag and the red bandana of his crew when he swung the bat.", "green flag"),
        ("The SSS saw an 'RHG' tattoo on his hand, which he said stands for Ridge Hill. He had a gun.", "Ridge Hill"),
        ("A teammate showed a post Kofi wrote in another language about the fight.", "another language"),
    ],
)
def test_statement_is_withheld(redactor: Redactor, text: str, gone: str) -> None:
    assert_withheld(redactor, text, gone)


def test_a_keep_phrase_that_is_a_term_is_refused(tmp_path: Path) -> None:
    # a YAML flow list split at a comma ("all right, gang" unquoted) once made "gang" a keep phrase
    shutil.copytree(ROOT / "policies", tmp_path / "policies")
    precision = tmp_path / "policies" / "redaction" / "precision.yaml"
    precision.write_text(precision.read_text().replace("keep_phrases:\n", "keep_phrases:\n  oops: [all right, gang]\n", 1))
    with pytest.raises(RedactorLoadError, match="'gang'"):
        Redactor.load(tmp_path / "policies")
