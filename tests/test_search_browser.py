"""Search as a reader uses it, in headless Chromium: Material's search box and worker, our lunr
languages (folding, phrases, emphasis, Russian), loaded only when search is first used."""
from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import serve
from sitebuild import FIXTURE_CONTENT, ROOT, build, copy_project
from test_search_units import QUERIES

from campaignsite.i18n.slugs import fold
from campaignsite.search.index import EMPHASIS_BOOST
from campaignsite.search.lunr import LunrLanguage, script, support_scripts

pytestmark = pytest.mark.browser

LANGS = {"vi": "", "en": "en/"}

# A place typed without diacritics -> the page about it, first. No page is about Mũi Né, Tà Cú or
# Kê Gà: the National Tourism Year page lists them as destinations, each the bold subject of an
# entry ("**Mũi Né**: one of Viet Nam's most beautiful natural beaches…"), where the province
# page names them in passing. Bàu Trắng is in the title of the off-road race held on its dunes
# (which says why they were chosen); three titles name Phan Thiết, and the press release whose
# subject is the city ("Phan Thiết City agrees…") names it most.
TOURISM_YEAR = "tourism-year-2023/"
# The pages about each place: those whose title names it; where none does, the page that describes
# it (the Tourism Year's destinations). Any of them first is right; a page naming it in passing is not.
PHAN_THIET = {"events/phan-thiet-marathon-2023/", "news/phan-thiet-to-chuc-le-hoi-cau-ngu-2023/",
              "events/le-hoi-cau-ngu-phan-thiet-2023/", "events/le-hoi-trung-thu-phan-thiet-2023/"}
PLACES = {
    "bau trang": ({"events/giai-dua-o-to-mo-to-dia-hinh-bau-trang-2023/"}, "Bàu Trắng"),
    "phan thiet": (PHAN_THIET, "Phan Thiết"),
    "mui ne": ({TOURISM_YEAR}, "Mũi Né"),
    "ta cu": ({"events/hoi-thi-leo-nui-ta-cu-2023/"}, "Tà Cú"),
    "ke ga": ({TOURISM_YEAR}, "Kê Gà"),
    "muine": ({TOURISM_YEAR}, "Mũi Né"),        # written as one word
    "phanthiet": (PHAN_THIET, "Phan Thiết"),
}
SEARCH_FILES = ("/search/search_index.json", "/assets/javascripts/workers/", "/assets/javascripts/lunr/")


def open_site(context, url):
    """A page at url; the lists collect requests and console errors as the page runs."""
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="networkidle")
    return page, requests, errors


# Material has answered: results are listed, or its "no matching documents" text is shown.
ANSWERED = """() => document.querySelector('.md-search-result__item') !== null
    || document.querySelector('.md-search-result__meta').textContent.trim()
       === JSON.parse(document.querySelector('#__config').textContent).translations['search.result.none']"""


def enter(box, query: str):
    """The whole query, then one keyup: Material sends a query on each keyup, and results of a
    half-typed query could still be on screen when we read them."""
    box.fill(query)
    box.press("End")


def search(page, query: str) -> dict:
    """Type query into Material's search box, opened with its keyboard shortcut; the results."""
    page.keyboard.press("/")
    enter(page.locator("input.md-search__input"), query)
    page.wait_for_function(ANSWERED, timeout=30_000)
    return page.evaluate("""() => ({
        links: [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href),
        marks: [...document.querySelectorAll('.md-search-result__item mark')].map(m => m.innerHTML),
        first: [...document.querySelectorAll('.md-search-result__item:first-child mark')].map(m => m.innerHTML),
        items: document.querySelectorAll('.md-search-result__item').length,
    })""")


def first_page(result: dict) -> str:
    """The page of the first result, from the site root: "/en/tourism-year-2023/"."""
    return urlsplit(result["links"][0]).path


def assert_marks_are_whole_words(marks: list[str]):
    # A word matched twice (as itself and as its stem) must not be wrapped twice: Material would
    # nest the <mark>s and cut the word ("<mark><mark>Inve</mark>stment</mark>").
    for mark in marks:
        assert mark and "<" not in mark and ">" not in mark, marks


def assert_in_language(links: list[str], base: str, lang: str):
    for link in links:
        assert link.startswith(base + "/"), link
        assert link.startswith(base + "/en/") == (lang == "en"), link


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("lang", LANGS)
def test_query_without_or_with_diacritics_finds_and_marks_the_words_as_written(served_site, desktop, lang, query):
    page, _requests, errors = open_site(desktop, f"{served_site}/{LANGS[lang]}")
    result = search(page, query)
    assert result["items"] > 0, f"{query!r} found nothing on /{LANGS[lang]}"
    assert_in_language(result["links"], served_site, lang)
    assert_marks_are_whole_words(result["marks"])
    marked = {mark.lower() for mark in result["marks"]}
    for word in QUERIES[query].lower().split():
        assert word in marked, f"{word!r} not marked for {query!r}; marked: {sorted(marked)}"
    assert any(mark != fold(mark) for mark in result["marks"]), "the marks should show the diacritics"
    assert errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_whole_words_rank_above_words_that_only_start_with_them(served_site, desktop, lang):
    # "ne" also starts "Newspaper" and "nền"; the first result must be about Mũi Né.
    page, *_ = open_site(desktop, f"{served_site}/{LANGS[lang]}")
    result = search(page, "mui ne")
    assert {"mũi", "né"} <= {mark.lower() for mark in result["first"]}, result["first"]


@pytest.mark.parametrize("query", PLACES)
@pytest.mark.parametrize("lang", LANGS)
def test_a_place_typed_without_diacritics_ranks_the_page_about_it_first(served_site, desktop, lang, query):
    page, _requests, errors = open_site(desktop, f"{served_site}/{LANGS[lang]}")
    result = search(page, query)
    expected, words = PLACES[query]
    assert first_page(result) in {f"/{LANGS[lang]}{path}" for path in expected}, result["links"][:3]
    assert set(words.lower().split()) <= {mark.lower() for mark in result["first"]}, result["first"]
    assert_marks_are_whole_words(result["marks"])
    assert errors == []


def test_english_search_keeps_stemming(served_site, desktop):
    page, *_ = open_site(desktop, f"{served_site}/en/")
    result = search(page, "investments")
    assert "investment" in {mark.lower() for mark in result["marks"]}
    assert_marks_are_whole_words(result["marks"])
    assert_in_language(result["links"], served_site, "en")


def test_english_words_are_found_while_still_being_typed(served_site, desktop):
    page, *_ = open_site(desktop, f"{served_site}/en/")
    result = search(page, "investm")  # beyond the stem "invest": found as a prefix of the word
    assert any(mark.lower().startswith("investm") for mark in result["marks"])


@pytest.mark.parametrize("lang", LANGS)
def test_a_reader_downloads_only_the_index_of_the_page_language(served_site, desktop, lang):
    page, requests, errors = open_site(desktop, f"{served_site}/{LANGS[lang]}province/")
    search(page, "mui ne")
    indexes = [urlsplit(url).path for url in requests if url.endswith("search_index.json")]
    assert indexes == [f"/{LANGS[lang]}search/search_index.json"]
    assert all(urlsplit(url).netloc == urlsplit(served_site).netloc for url in requests if url.startswith("http"))
    assert errors == []


def test_a_result_link_leads_to_the_page_in_the_same_language(served_site, phone):
    page, *_ = open_site(phone, f"{served_site}/en/")
    page.locator("label.md-header__button[for=__search]").click()  # the phone's search button
    enter(page.locator("input.md-search__input"), "bau trang")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{served_site}/en/")
    assert page.locator("html").get_attribute("lang") == "en"


# Every Latin letter Vietnamese (and its neighbours) can write, precomposed and decomposed.
LETTERS = "".join(chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isalpha())
SAMPLES = [LETTERS, unicodedata.normalize("NFD", LETTERS), "Mũi Né, Đồi cát, ĐẦU TƯ, hoà/hòa, ﬁ ²"]


def test_the_browser_folds_exactly_like_python(served_site, desktop):
    page, *_ = open_site(desktop, f"{served_site}/")
    # English is our plugin alone (the others start with Material's lunr-languages, which need lunr)
    page.add_script_tag(url="/assets/javascripts/lunr/min/lunr.fold-en.min.js")
    folded = page.evaluate("samples => samples.map(s => campaignsiteFold(s))", SAMPLES)
    for sample, js in zip(SAMPLES, folded):
        mismatches = [(a, b, c) for a, b, c in zip(sample, js, fold(sample)) if b != c]
        assert js == fold(sample), mismatches[:5]


def search_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if any(part in urlsplit(url).path for part in SEARCH_FILES)]


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_search_code_and_index_load_only_when_the_reader_opens_search(served_site, request, screen):
    page, requests, errors = open_site(request.getfixturevalue(screen), f"{served_site}/en/province/")
    page.wait_for_timeout(500)
    assert search_requests(requests) == [], "search loaded before the reader asked for it"
    if screen == "phone":
        page.locator("label.md-header__button[for=__search]").click()  # the phone's search button
    else:
        page.locator("input.md-search__input").click()
    enter(page.locator("input.md-search__input"), "mui ne")
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    loaded = {urlsplit(url).path for url in search_requests(requests)}
    assert "/en/search/search_index.json" in loaded
    assert any(path.startswith("/assets/javascripts/workers/search.") for path in loaded)
    assert "/assets/javascripts/lunr/min/lunr.fold-en.min.js" in loaded
    assert errors == []


def test_a_page_reached_from_a_result_highlights_the_words_it_was_found_by(served_site, desktop):
    # ?h= is how Material's search.highlight marks the words on the page: that page needs the index
    page, requests, errors = open_site(desktop, f"{served_site}/en/invest/?h=investment")
    page.wait_for_selector("mark[data-md-highlight]", timeout=30_000)
    assert "/en/search/search_index.json" in {urlsplit(url).path for url in requests}
    assert errors == []


# Russian, on a copy of the project with a Russian page of our own: the pages really translated
# may change, the search must not. Lunr's Russian trimmer would delete Latin words; here they are
# folded, and the English fallback pages keep English stemming.
RUSSIAN_PAGE = ROOT / "tests" / "fixtures" / "search" / "province.ru.md"


@pytest.fixture(scope="module")
def served_russian_site(tmp_path_factory):
    # One Russian page (the fixture's), every other page shown in its English fallback, and the
    # fixture's items: what is found where does not move when real Russian pages are added.
    project = copy_project(tmp_path_factory.mktemp("russian") / "project", content=FIXTURE_CONTENT)
    for page in project.glob("docs/**/*.ru.md"):
        page.unlink()
    shutil.copy(RUSSIAN_PAGE, project / "docs" / "province.ru.md")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    with serve(result.site) as url:
        yield url


@pytest.mark.parametrize("query, marked", [("Муйне", {"муйне"}), ("Фантхьетом", {"фантхьет", "фантхьете"})])
def test_russian_words_are_found_in_any_case_form(served_russian_site, phone, query, marked):
    page, _requests, errors = open_site(phone, f"{served_russian_site}/ru/")
    page.locator("label.md-header__button[for=__search]").click()
    enter(page.locator("input.md-search__input"), query)
    page.wait_for_function(ANSWERED, timeout=30_000)
    result = page.evaluate("""() => ({
        links: [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href),
        first: [...document.querySelectorAll('.md-search-result__item:first-child mark')].map(m => m.innerHTML)})""")
    assert first_page(result) == "/ru/province/", result["links"][:3]
    assert marked <= {mark.lower() for mark in result["first"]}, result["first"]
    assert errors == []


@pytest.mark.parametrize("query", ["Mũi Né", "mui ne"])
def test_on_russian_pages_latin_names_find_the_mui_ne_pages(served_russian_site, desktop, query):
    page, _requests, errors = open_site(desktop, f"{served_russian_site}/ru/")
    result = search(page, query)
    pages = [urlsplit(link).path for link in result["links"]]
    assert first_page(result) == f"/ru/{TOURISM_YEAR}"  # shown in English, its fallback
    assert "/ru/province/" in pages  # Russian: "Муйне (Mũi Né)"
    assert all(page.startswith("/ru/") for page in pages)
    assert {"mũi", "né"} <= {mark.lower() for mark in result["marks"]}
    assert_marks_are_whole_words(result["marks"])
    assert errors == []


def test_english_fallback_pages_keep_english_stemming_on_russian_pages(served_russian_site, desktop):
    page, *_ = open_site(desktop, f"{served_russian_site}/ru/")
    result = search(page, "investments")
    assert first_page(result) == "/ru/invest/"
    assert "investment" in {mark.lower() for mark in result["marks"]}


# The worker on its own, with small made-up indexes: how the lunr languages rank and match,
# whatever the site's content, for languages this site does not have (French, Korean, and one
# without any lunr support).
LAB_FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "emphasis": {"boost": EMPHASIS_BOOST}}
LAB_LANGUAGES = [LunrLanguage("fold-vi", "vi"), LunrLanguage("fold-en"), LunrLanguage("fold-ru", "ru"),
                 LunrLanguage("fold-fr", "fr"), LunrLanguage("fold-ko", "ko"), LunrLanguage("fold")]


@pytest.fixture(scope="module")
def served_lab(site, tmp_path_factory):
    lab = tmp_path_factory.mktemp("search-lab")
    scripts = lab / "assets" / "javascripts"
    shutil.copytree(site / "assets" / "javascripts" / "workers", scripts / "workers")
    (scripts / "lunr" / "min").mkdir(parents=True)
    shutil.copy(site / "assets" / "javascripts" / "lunr" / "min" / "lunr.stemmer.support.min.js", scripts / "lunr" / "min")
    import material

    supports = support_scripts([str(Path(material.__file__).parent / "templates")])
    plugin = (ROOT / "overrides" / "assets" / "javascripts" / "search" / "lunr.fold.js").read_text(encoding="utf-8")
    for language in LAB_LANGUAGES:
        (lab / language.uri).write_text(script(language, plugin, supports), encoding="utf-8")
    for name in ("index.html", "404.html"):
        (lab / name).write_text('<!doctype html><title>lab</title><link rel="icon" href="data:,">', encoding="utf-8")
    separator = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["separator"]
    with serve(lab) as url:
        yield url, next(scripts.glob("workers/search.*.min.js")).relative_to(lab).as_posix(), separator


def ask_worker(browser, lab, lang: str, docs: list[dict], queries: list[str]) -> list[list[dict]]:
    """For each query, the pages found (best first): location and the marked words."""
    url, worker, separator = lab
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(f"{url}/index.html")
    found = page.evaluate("""async ({worker, config, docs, queries}) => {
        const w = new Worker(worker)
        const reply = () => new Promise(resolve => w.addEventListener("message", e => resolve(e.data), {once: true}))
        w.postMessage({type: 0, data: {config, docs, options: {suggest: false}}})
        await reply()
        const answers = []
        for (const query of queries) {
            w.postMessage({type: 2, data: query})
            const {data} = await reply()
            answers.push(data.items.map(group => ({
                location: group[0].location.split("#")[0],
                marks: group.flatMap(doc => [...(doc.title + doc.text).matchAll(new RegExp("<mark>(.*?)</mark>", "g"))].map(m => m[1])),
            })))
        }
        return answers
    }""", {"worker": f"/{worker}", "docs": docs, "queries": queries,
           "config": {"lang": [lang], "separator": separator, "pipeline": ["stopWordFilter", "stemmer"], "fields": LAB_FIELDS}})
    page.close()
    assert errors == []
    return found


def test_a_common_syllable_cannot_outrank_a_place_name(browser, served_lab):
    # "trang" is also "page", "bầu" (to vote) folds to "bau" too: both syllables, never together
    docs = [{"location": "contact/", "title": "Liên hệ", "text": "<p>Trang này để bầu chọn: trang web, trang chủ, mọi trang.</p>"},
            {"location": "dunes/", "title": "Du lịch", "text": "<p>Đồi cát Bàu Trắng ở huyện Bắc Bình.</p>"}]
    [found] = ask_worker(browser, served_lab, "fold-vi", docs, ["bau trang"])
    assert [page["location"] for page in found] == ["dunes/", "contact/"]
    assert found[0]["marks"] == ["Bàu", "Trắng"]


def test_a_place_written_as_one_word_is_found_and_marked_as_written(browser, served_lab):
    docs = [{"location": "beach/", "title": "Biển", "text": "<p>Bãi biển Mũi Né và mũi Kê Gà.</p>"}]
    muine, mui, kega = ask_worker(browser, served_lab, "fold-vi", docs, ["muine", "mui", "kega"])
    assert muine[0]["marks"] == ["Mũi", "Né"]
    assert sorted(mui[0]["marks"]) == ["Mũi", "mũi"]  # "mui" reaches the phrases "muine", "muike": not marked
    assert kega[0]["marks"] == ["Kê", "Gà"]


def test_the_subject_of_an_emphasised_entry_outranks_a_passing_mention(browser, served_lab):
    docs = [{"location": "news/", "title": "Tin", "text": "<p>Đại biểu tham quan làng chài Mũi Né và bảo tàng.</p>"},
            {"location": "places/", "title": "Địa điểm", "text": ""},
            {"location": "places/#sea", "title": "Biển", "text": "<ul><li>Mũi Né: bãi biển đẹp.</li></ul>",
             "emphasis": ["Mũi Né"]}]
    [found] = ask_worker(browser, served_lab, "fold-vi", docs, ["mui ne"])
    assert [page["location"] for page in found] == ["places/", "news/"]


def test_french_keeps_its_stemming_and_folds_accents(browser, served_lab):
    docs = [{"location": "plages/", "title": "Les plages", "text": "<p>Le développement des stations balnéaires.</p>"}]
    answers = ask_worker(browser, served_lab, "fold-fr", docs, ["developpements", "développement", "plage", "balneaire"])
    for query, found in zip(["developpements", "développement", "plage", "balneaire"], answers):
        assert [page["location"] for page in found] == ["plages/"], query


def test_korean_and_a_language_without_lunr_support_still_fold_latin_names(browser, served_lab):
    docs = [{"location": "beach/", "title": "무이네 해변", "text": "<p>무이네 (Mũi Né) 해변.</p>"}]
    for lang in ("fold-ko", "fold"):
        answers = ask_worker(browser, served_lab, lang, docs, ["mui ne", "무이네"])
        assert [found[0]["location"] for found in answers] == ["beach/", "beach/"], lang
        assert answers[0][0]["marks"] == ["Mũi", "Né"], lang


def test_russian_stems_cyrillic_words_and_folds_latin_ones(browser, served_lab):
    docs = [{"location": "city/", "title": "Город", "text": "<p>Центр провинции — Фантхьет (Phan Thiết).</p>"},
            {"location": "invest/", "title": "Investment", "text": "<p>Investment and investors.</p>"}]
    city, phan, invest = ask_worker(browser, served_lab, "fold-ru", docs, ["Фантхьете", "phan thiet", "investments"])
    assert city[0] == {"location": "city/", "marks": ["Фантхьет"]}
    assert phan[0] == {"location": "city/", "marks": ["Phan", "Thiết"]}
    assert invest[0]["location"] == "invest/" and "Investment" in invest[0]["marks"]


@pytest.mark.parametrize("query", ["Муйне", "Mũi Né", "mui ne"])
def test_russian_search_finds_the_mui_ne_pages_in_russian(served_site, desktop, query):
    # Russian readers write the place in Cyrillic, in Vietnamese or without diacritics
    page, _requests, errors = open_site(desktop, f"{served_site}/ru/")
    paths = [urlsplit(link).path for link in search(page, query)["links"]]
    assert "/ru/tourism-year-2023/" in paths, paths
    assert all(path.startswith("/ru/") for path in paths), paths
    assert errors == []
