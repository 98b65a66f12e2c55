"""A query word meets the documents' words across their languages: the same word in a passage of
another language ("hospital" in a Spanish article), a foreign name Chinese writes by sound that is an
everyday word only in a language the documents don't use (Handel, German's "trade"), and the
English short a that Russian writes as э (Энтони, Anthony), and its j as дж (Джарроу, Jarrow)."""

from __future__ import annotations

import pytest

from bot.corpus import load_corpus
from bot.index.search import SearchIndex

FILES = {
    "hospital.txt": "El Hospital Comarcal de Valdeluz cumple veinticinco años\n\n"
    "El hospital abrió sus puertas en 1999 y hoy atiende a toda la comarca.\n",
    "st_olave.txt": "Press release from St Olave's\n\nThe new wing of St Olave's Hospital opens next week.\n",
    "concert.txt": "Summer concert\n\nThe choir sings Handel, Purcell and Elgar in the parish church.\n",
    "bridge.txt": "The bridge at forty\n\nAnthony Pollitt, the engineer, cut the ribbon in 1984.\n",
    "choir.txt": "Хору «Заречье» — тридцать лет\n\nХор поёт по пятницам в доме культуры.\n",
    "walk.txt": "The long walk\n\nTwo hundred men walked from Jarrow to London in 1936.\n",
}


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder = tmp_path_factory.mktemp("forms")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return SearchIndex.from_corpus(load_corpus(folder))


@pytest.mark.parametrize(
    ("query", "file"),
    [
        ("Valdelux hospital", "hospital.txt"),  # the Spanish passage's "hospital", and a typo
        ("亨德尔", "concert.txt"),
        ("Энтони Поллитт", "bridge.txt"),
        ("Джарроу", "walk.txt"),  # an English j, which Russian writes дж
    ],
)
def test_the_article_comes_first(search: SearchIndex, query: str, file: str) -> None:
    hits = search.search(query, limit=3)
    assert hits and hits[0].article.file == file, [h.article.file for h in hits]


def test_a_spanish_passage_matches_an_english_word_in_full(search: SearchIndex) -> None:
    hits = search.search("hospital Valdeluz", limit=3)
    assert hits[0].article.file == "hospital.txt" and hits[0].coverage == pytest.approx(1.0)


def test_a_long_russian_word_is_no_typo_for_another_russian_word(search: SearchIndex) -> None:
    # "Пятницкого" (the Pyatnitsky choir) is four edits from "пятница" (Friday): the extra edit a
    # name gets is for a spelling in the other script, not for a word of its own.
    assert search.search("хор Пятницкого", limit=3) == []


def test_a_postal_spelling_reads_back_to_pinyin(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("postal")
    (folder / "a.txt").write_text("SCO summit\n\nThe Tianjin Declaration was adopted.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Harbour news\n\nThe declaration of the harbour board.\n", encoding="utf-8")
    hits = SearchIndex.from_corpus(load_corpus(folder)).search("Tientsin Declaration", limit=3)
    assert hits and hits[0].article.file == "a.txt"


def test_letters_no_decomposition_strips_are_found_as_people_type_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("letters")
    (folder / "a.txt").write_text("Architects\n\nJørn Utzon drew the shells; Søren Kierkegaard is quoted.\n", "utf-8")
    (folder / "b.txt").write_text("Travel\n\nThe night train from Łódź reached Ærøskøbing late.\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("Jorn Utzon", limit=3)] == ["a.txt"]
    assert [h.article.file for h in index.search("Lodz Aeroskobing", limit=3)] == ["b.txt"]
    assert [h.article.file for h in index.search("Jørn Utzon", limit=3)] == ["a.txt"]


def test_a_feminine_name_in_latin_letters_finds_it_in_a_russian_case(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("feminine")
    (folder / "a.txt").write_text("Музей\n\nМузей создан по инициативе учительницы Веры Лукиной.\n", "utf-8")
    (folder / "b.txt").write_text("Garden\n\nThe garden opens in May; the vicar planted the roses.\n", "utf-8")
    hits = SearchIndex.from_corpus(load_corpus(folder)).search("Vera Lukina", limit=3)
    assert [h.article.file for h in hits] == ["a.txt"]


@pytest.mark.parametrize(
    ("article", "other", "query"),
    [
        # a Spanish noun in -aje finds its verb and back
        (
            "Vuelo\n\nEl globo aterrizó en un campo de trigo cerca de Tordesillas.\n",
            "Feria\n\nLa feria de ganado abrió en Medina del Campo.\n",
            "aterrizaje Tordesillas",
        ),
        # a Spanish noun in -eza finds its adjective and back
        (
            "Ribera\n\nLas orillas del río están limpias desde que el ayuntamiento cerró la fábrica de Tordesillas.\n",
            "Feria\n\nLa feria de ganado abrió en Medina del Campo.\n",
            "limpieza del río Tordesillas",
        ),
        # a people's word finds its country and back
        (
            "Choir festival\n\nRomania and Slovakia also sent two choirs each.\n",
            "Harbour news\n\nThe harbour board met on Tuesday about the choirs.\n",
            "Romanian and Slovakian choirs",
        ),
        # a romanised name's yo finds the е Russian prints for ё
        (
            "Школа\n\nВ школе сорок лет работал учитель химии Фёдор Семенов.\n",
            "Garden\n\nThe garden opens in May; the vicar planted the roses.\n",
            "Fyodor Semyonov",
        ),
    ],
)
def test_another_form_finds_the_one_the_text_writes(
    tmp_path_factory: pytest.TempPathFactory, article: str, other: str, query: str
) -> None:
    folder = tmp_path_factory.mktemp("forms")
    (folder / "a.txt").write_text(article, "utf-8")
    (folder / "b.txt").write_text(other, "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search(query, limit=3)] == ["a.txt"]


def test_a_name_chinese_writes_its_own_way_finds_the_latin_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    """普京 is Putin, 白求恩 Bethune, 柏林 Berlin: not by sound, so the dictionary's proper names say so
    (CC-CEDICT); an everyday word the dictionary also gives for a name is not one (罗斯 is no "rose")."""
    folder = tmp_path_factory.mktemp("zhnames")
    (folder / "a.txt").write_text(
        "Clinic named for a surgeon\n\nThe new clinic honours Dr Norman Bethune, who worked in Spain.\n", "utf-8"
    )
    (folder / "b.txt").write_text("Summit in Berlin\n\nThe mayor met President Putin's envoy in Berlin.\n", "utf-8")
    (folder / "c.txt").write_text("Garden notes\n\nThe rose bed by the gate is in flower again.\n", "utf-8")
    (folder / "d.txt").write_text("Space talk\n\nA talk on the cosmonaut Vladimir Komarov and his flight.\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    # (the name's last word that is no everyday word: Putin, not the Vladimir of another man)
    assert [h.article.file for h in index.search("普京", limit=3)] == ["b.txt"]
    assert [h.article.file for h in index.search("白求恩", limit=3)] == ["a.txt"]
    assert [h.article.file for h in index.search("普京 柏林", limit=3)] == ["b.txt"]
    assert index.search("罗斯", limit=3) == []
    # (an everyday word that is the Chinese word's one name counts: 伦敦 is London)
    (folder / "e.txt").write_text("Letter home\n\nThe choir sang in London on Sunday evening.\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("伦敦", limit=3)] == ["e.txt"]


def test_a_chinese_name_in_palladius_spelling_finds_its_surname_and_given_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Чжоу Цзяньго" of a text that writes 周建国, which the segmenter cuts 周 / 建国: the surname's
    Palladius syllable is the character before the given name, as "Zhou Jianguo" already was."""
    folder = tmp_path_factory.mktemp("palladius_name")
    (folder / "a.txt").write_text("锦水日报\n\n退休教师周建国当年在广场上拍下了一组照片。\n", "utf-8")
    (folder / "b.txt").write_text("河湾晚报\n\n周末的集市上，建国路的店铺都开门了。\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("Чжоу Цзяньго", limit=3)][:1] == ["a.txt"]


def test_a_chinese_name_in_palladius_spelling_finds_the_name_written_as_one_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Ма Сяоянь" of a byline 马晓燕, one word to the segmenter: the two Palladius words joined are
    its pinyin, as "Ma Xiaoyan" already was."""
    folder = tmp_path_factory.mktemp("palladius_joined")
    (folder / "a.txt").write_text("岚泉镇报\n\n镇文化站将举办图片展。\n\n本报记者 马晓燕\n", "utf-8")
    (folder / "b.txt").write_text("河湾晚报\n\n周末的集市上，店铺都开门了。\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("Ма Сяоянь", limit=3)] == ["a.txt"]


@pytest.mark.parametrize("query", ["Цинь Сяоянь", "Qin Xiaoyan", "Шань Вэйминь"])
def test_a_chinese_surname_read_as_a_surname_finds_the_name(
    tmp_path_factory: pytest.TempPathFactory, query: str
) -> None:
    """覃 is Qín as a surname (tán elsewhere), 单 Shàn (dān): a name written in Cyrillic or Latin letters with
    the surname's own reading finds the characters a dictionary reads otherwise."""
    folder = tmp_path_factory.mktemp("surname_reading")
    (folder / "a.txt").write_text("岚泉镇报\n\n镇文化站站长覃晓燕说，图片展下月开幕。\n", "utf-8")
    (folder / "b.txt").write_text("河湾晚报\n\n退休教师单卫民在广场上拍下了一组照片。\n", "utf-8")
    (folder / "c.txt").write_text("锦水日报\n\n周末的集市上，店铺都开门了。\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    want = "b.txt" if query.startswith("Шань") else "a.txt"
    assert [h.article.file for h in index.search(query, limit=3)][:1] == [want]


def test_a_russian_name_whose_vowel_drops_before_its_case_ending_is_found_in_latin_letters(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Pavel Lykov" of a text that writes "дневник Павла Лыкова": Павел loses its е before the ending (Павла,
    Павлу), as Кравец does (Кравца); a surname that only starts the same (Павлов) is another name."""
    folder = tmp_path_factory.mktemp("fleeting_vowel")
    (folder / "a.txt").write_text("Озёрск\n\nСохранился дневник Павла Лыкова, тогда молодого инженера.\n", "utf-8")
    (folder / "b.txt").write_text("Берёзовка\n\nМастер Иван Павлов открыл мастерскую у моста.\n", "utf-8")
    (folder / "c.txt").write_text("Сосновка\n\nПисьмо Андрея Кравца хранится в музее.\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("Pavel Lykov", limit=3)] == ["a.txt"]
    assert [h.article.file for h in index.search("Andrey Kravets", limit=3)] == ["c.txt"]
    assert [h.article.file for h in index.search("Pavel Ivanovich", limit=3)] == []


def test_a_dotted_names_part_the_dictionary_names_stands_for_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """玛丽·雪莱 of a text that writes Mary Shelley: 雪莱 is Shelley in the dictionary, two characters
    too short to compare by sound; 玛丽 (Mary, Marie or Mali, an everyday word among them) counts for
    nothing, as a given name found by sound already did, instead of two single characters no one finds."""
    folder = tmp_path_factory.mktemp("dotted_dictionary")
    (folder / "a.txt").write_text("Monster night\n\nThe library reads from Mary Shelley's novel at dusk.\n", "utf-8")
    (folder / "b.txt").write_text("Garden notes\n\nMary planted the bulbs by the gate.\n", "utf-8")
    index = SearchIndex.from_corpus(load_corpus(folder))
    assert [h.article.file for h in index.search("玛丽·雪莱", limit=3)] == ["a.txt"]
