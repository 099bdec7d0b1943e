"""Copies are one source, not two; articles the English pipeline cannot read are labelled."""

from __future__ import annotations

import pytest

from reader.ingest.duplicates import find_copies
from reader.ingest.language import detect_language
from reader.model import Article, Document, Sentence


@pytest.mark.parametrize(("text", "lang"), [
    ("The minister said on Monday that the talks with the union would continue next week.", "en"),
    ("Le ministre a déclaré lundi que les discussions avec le syndicat se poursuivront la semaine prochaine.", "fr"),
    ("Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft nächste Woche weitergehen.", "de"),
    ("El ministro dijo el lunes que las conversaciones con el sindicato continuarán la próxima semana.", "es"),
    ("部长周一表示，与工会的谈判将于下周继续进行。", "zh"),
    ("大臣は月曜日、組合との協議は来週も続くと述べた。", "ja"),
    ("Министр заявил в понедельник, что переговоры продолжатся на следующей неделе.", "und-Cyrl"),
    ("1234 5678 !!!", "und"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def _article(i: int, sentences: list[str]) -> Article:
    text = " ".join(sentences)
    sents, pos = [], 0
    for k, s in enumerate(sentences):
        sents.append(Sentence(f"a{i}.s{k}", f"a{i}", k, pos, pos + len(s), s))
        pos += len(s) + 1
    return Article(id=f"a{i}", path=f"{i}.txt", text=text, outlet=None, title=None, byline=None, date=None,
                   sentences=tuple(sents))


BASE = ["The bridge over the Arlen river closed on Friday.", "Engineers found cracks in two supports.",
        "Repairs will take six weeks, the council said.", "Buses will replace the trams meanwhile.",
        "Traffic was heavy across the city on Saturday.", "The bridge opened in 1962."]


def test_exact_and_near_copies_point_to_the_first() -> None:
    near = ["The bridge over the Arlen river closed on Friday!"] + BASE[1:] + BASE[:0]
    other = ["A different story about a school opening in the suburbs.", "Pupils arrived on Monday."]
    arts = [_article(0, BASE), _article(1, other), _article(2, list(BASE)), _article(3, near + BASE[4:5])]
    assert find_copies(arts) == {2: 0, 3: 0}


def test_a_shared_paragraph_is_not_a_copy() -> None:
    rewrite = BASE[:2] + ["The council has not said how long repairs will take.", "Commuters were angry."]
    assert find_copies([_article(0, BASE), _article(1, rewrite)]) == {}


def test_pipeline_flags_copies_and_foreign_articles_and_leaves_them_out() -> None:
    from reader.pipeline import analyze_documents

    story = ("Floodwaters forced the evacuation of 300 residents from the riverside town of Eldham on Saturday.\n\n"
             "The River Wend burst its banks after four days of heavy rain, the regional fire service said.\n")
    other = ("About 300 residents of Eldham were evacuated on Saturday as floodwaters rose.\n\n"
             "Four days of heavy rain caused the River Wend to burst its banks, the regional fire service said.\n")
    french = ("Environ 300 habitants de la ville ont été évacués samedi, a indiqué le service des pompiers.\n\n"
              "La rivière est sortie de son lit après quatre jours de pluie.\n")
    docs = [Document("a0", "one.txt", story), Document("a1", "two.txt", other),
            Document("a2", "copy.txt", story), Document("a3", "fr.txt", french)]
    an = analyze_documents(docs, use_cache=False)
    assert an.article("a2").duplicate_of == "a0"
    assert an.article("a3").language == "fr"
    in_facts = {sid.split(".")[0] for f in an.facts for sid in f.sentences}
    assert in_facts == {"a0", "a1"}
    assert any("copy.txt repeats one.txt" in w for w in an.warnings)
    assert any("fr.txt is not in English" in w for w in an.warnings)


@pytest.mark.parametrize("sample", [1, 5, 9, 10, 11, 40])
def test_the_language_check_reads_the_opening_the_whole_join_began_with(sample: int) -> None:
    """`_opening` builds only the first `sample` characters of the sentences joined by
    newlines: the same characters the whole join began with, empty exactly when it was."""
    from reader.pipeline import _opening

    for texts in (["abcd", "", "efghij", "k"], [""], [], ["", ""], ["x" * 9, "y"]):
        sents = tuple(Sentence(id=f"a0.s{k}", article="a0", index=k, start=0, end=0, text=t)
                      for k, t in enumerate(texts))
        art = Article(id="a0", path="a.txt", text="T", outlet=None, title=None, byline=None, date=None,
                      sentences=sents)
        whole = "\n".join(texts)
        assert _opening(art, sample) == whole[:sample]
        assert bool(_opening(art, sample)) == bool(whole)
