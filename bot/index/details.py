"""Words that ask for a practical detail: a time, a price, a ticket, a timetable, a measure.

"Quayford lido opening hours", "Kelmouth tram fare prices", "precio del pescado en San Bartolo",
"расписание запусков": a document that names the lido, the tram or the launches but never the
hours, fares or prices does not answer, however much of the rest of the query it holds. An
article that never holds the detail word (in any of its forms) answers nothing (`search`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.index.dates.lexicon import WEEKDAY_STEMS_ES, WEEKDAYS

_BY_LANGUAGE = (
    "hours timetable timetables schedule schedules price prices pricing fare fares fee fees charge charges"
    " ticket tickets booking bookings hotel hotels flight flights fixture fixtures menu sale cost costs amount money"
    " budget budgets"
    # a measure ("height of the bridge's cantilevers": a text that never gives a height does not answer)
    " height heights length width depth weight population speed distance altitude"
    # (pay: "salario de los obreros de JISCO" of an article on the works that never names a wage)
    " wage wages salary salaries",
    "horario horarios precio precios tarifa tarifas billete billetes hotel hoteles vuelo vuelos cuesta cuestan"
    " altura longitud anchura profundidad peso población velocidad distancia salario salarios sueldo sueldos"
    " presupuesto presupuestos",
    "расписание расписания цена цены цен стоимость билет билеты билетов гостиница гостиницы"
    " высота высоту длина длину ширина глубина вес население скорость расстояние зарплата зарплаты бюджет",
    "价格 门票 票价 时间表 开放时间 营业时间 航班 酒店 成绩 分数 高度 长度 宽度 深度 重量 人口 速度 距离 工资 预算",
)
ASKED_DETAILS = frozenset(" ".join(_BY_LANGUAGE).split())
# Words that ask for a sum of money: an article gives it with the word or with an amount written out
# ("how much did the footbridge cost?" of "… foundations, £120,000, …").
MONEY_DETAILS = frozenset(
    ["cost", "costs", "amount", "money", "budget", "budgets", "presupuesto", "presupuestos", "бюджет", "预算"]
)
_AMOUNT = re.compile(
    r"[£$€¥₽]\s?\d|\d[\d,.]*\s?(?:pounds|euros|dollars|pence|guineas|рубл\w*|евро|元|万元|美元)|\d+p\b"
    # a price written out: "El billete costaba quince céntimos", "two shillings"
    r"|\b(?:céntimos?|pesetas?|pesos|dólares|libras|shillings?|guineas|kopeks?|копе(?:йк\w*|ек))\b"
    # (old British coins: "a ride … that cost sixpence", "a florin", "half a crown")
    r"|\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven)pence|tuppence|ha['’]penny|halfpenny"
    r"|farthings?|florins?|half[- ]a[- ]crown|half-crowns?)\b",
    re.IGNORECASE,
)


# "how much did the site sell for?", "¿cuánto costó el viaje?", "сколько стоил билет?": a question for a
# sum of money, which an answer writes (`_AMOUNT`).
_EN_SUM_VERBS = (
    "sell sells sold cost costs pay pays paid fetch fetched raise raised spend spent worth charge charged charges"
    " earn earns earned"
)
_ES_SUM_VERBS = (
    "costó cuesta costaba costaron cuestan pagó pagaron pagaba vale valió recaudó recaudaron gastó gastaron"
    " gana ganan ganaba ganaban cobra cobran cobraba cobraban"
)
# (the words that ask for the sum, not what it is the sum of: "how much did the site sell for?")
SUM_WORDS = frozenset(f"{_EN_SUM_VERBS} {_ES_SUM_VERBS} much cuánto cuanto сколько стоил стоит стоят почём".split())
_HOW_MUCH_PAID = re.compile(
    # ("how much are tickets for the garden party?", "how much was a pint": a price asked with a copula)
    rf"^\s*(?:how\s+much\s+(?:is|are|was|were)\b|how\s+much\b[^?]*\b(?:{'|'.join(_EN_SUM_VERBS.split())})\b"
    # ("what did the council pay for the sculpture?": a sum too)
    r"|what\s+(?:did|does|do|will|would)\b[^?]*\b(?:pay|spend|charge)\s+(?:for|on)\b"
    # (or a sum a grant or a bill came to: "how much did the lottery grant … come to?", "… amount to?")
    r"|how\s+much\b[^?]*\b(?:come|came|comes|amount|amounted|amounts)\s+to\b"
    rf"|¿?\s*cu[aá]nto\s+(?:dinero\s+)?(?:{'|'.join(_ES_SUM_VERBS.split())})\b"
    # (a price asked with a copula, as in English: "¿cuánto es la cuota anual?"; "почём билеты?")
    r"|¿?\s*cu[aá]nto\s+(?:es|son|era|eran)\b(?!\s+(?:el|la|los|las)\s+(?:distancia|altura|longitud|profundidad"
    r"|anchura|peso|velocidad|temperatura|edad|población|duración)\b)|поч[её]м\b"
    r"|сколько\s+(?:денег\s+)?(?:стоил\w*|стоит|стоят|заплатил\w*|собрал\w*|потратил\w*|зарабатыва\w*|получа\w*))",
    re.IGNORECASE,
)


# "what caused the Brackwell Pit explosion?", "¿qué causó el incendio?", "что стало причиной пожара?": a
# question for a cause, which an article answers only where it gives one ("It blamed a faulty lamp")
_ASKS_CAUSE = re.compile(
    r"^\s*(?:what\s+(?:caused|causes|sparked|started)\b|what\s+(?:was|were|is|are)\s+the\s+causes?\s+of\b"
    r"|¿?\s*qu[eé]\s+(?:caus|provoc)[oó]\b|¿?\s*cu[aá]l(?:es)?\s+(?:fue|fueron|es|son)\s+las?\s+causas?\b"
    r"|что\s+(?:стало\s+причиной|послужило\s+причиной|вызвало)|в\s+ч[её]м\s+причина)"
    r"|什么原因|起因是什么|原因是什么",
    re.IGNORECASE,
)
_CAUSE = re.compile(
    r"\b(?:caus\w*|because|blam\w*|due\s+to|result\s+of|resulted|spark\w*|trigger\w*|fault\w*|started\s+(?:by|in|"
    r"when|after)|debido|porque|provoc\w*|причин\w*|из-за|вызва\w*|потому)\b|原因|因为|由于|导致|引起|起因",
    re.IGNORECASE,
)


def asks_for_a_cause(query: str) -> bool:
    """Whether a question asks what caused something."""
    return _ASKS_CAUSE.search(query) is not None


def without_the_cause_asked(query: str) -> str:
    """The question without its "what caused": the words ask for a cause, which the answer tells in
    its own words ("blamed a blocked culvert"), not with "caused"."""
    return _ASKS_CAUSE.sub(" ", query, count=1)


def gives_a_cause(text: str) -> bool:
    """Whether the text tells a cause ("blamed a faulty lamp", "because of the fog", "debido a")."""
    return _CAUSE.search(text) is not None


# "what did the Earl say when he opened the Corn Exchange?", "¿qué dijo el alcalde …?", "что сказал мэр
# …?", "市长说了什么": a question for someone's words, which an article answers only where it gives words
# of theirs ("The Earl spoke for forty minutes" gives none)
_ASKS_SAID = re.compile(
    r"^\s*what\s+did\s+(?P<en>.+?)\s+(?:say|tell|write|reply|answer|declare|announce)\b"
    r"|^\s*¿?\s*qu[eé]\s+(?:dijo|declaró|afirmó|respondió|escribió)\s+(?P<es>\S+(?:\s+\S+)?)"
    r"|^\s*что\s+(?:сказал\w*|заявил\w*|ответил\w*|написал\w*)\s+(?P<ru>\S+(?:\s+\S+)?)"
    r"|^\s*(?P<zh>\S+?)(?:说了什么|说什么|讲了什么|表示了什么)",
    re.IGNORECASE,
)
# Words given as someone's: a quotation, or a verb of saying ("said", not "is said to be": hearsay)
_SAID = re.compile(
    r"[\"“«「『][^\"”»」』]{8,}[\"”»」』]"
    r"|\b(?:said|says|told|tells|stated|declared|announced|added|remarked|recalled|explained|wrote|urged|stressed"
    r"|noted|warned|insisted|replied|answered)\b(?!\s+to\s+(?:be|have)\b)"
    r"|\b(?:dijo|afirmó|declaró|aseguró|señaló|explicó|destacó|subrayó|comentó|anunció|respondió)\b"
    r"|(?:сказал|заявил|отметил|подчеркнул|рассказал|сообщил|ответил|говорит|пишет)\w*|说|表示|指出|强调|称",
    re.IGNORECASE,
)


def speaker_asked(query: str) -> str | None:
    """Who a question asks the words of ("what did the Earl say …?": "the Earl"), or None."""
    m = _ASKS_SAID.search(query)
    return None if m is None else next(g for g in m.groups() if g is not None)


def gives_words_said(text: str) -> bool:
    """Whether the text gives someone's words: a quotation or a verb of saying."""
    return _SAID.search(text) is not None


def asks_for_a_sum(query: str) -> bool:
    """Whether a question asks how much money something sold for, cost or raised."""
    return _HOW_MUCH_PAID.match(query) is not None


# "how tall is the beacon?", "what was the magnitude of the explosion?", "¿cuánto mide la torre?",
# "какой высоты маяк?": a question for a measure, which an answer writes as a number with its unit
# next to the thing measured.
_HOW_BIG = re.compile(
    r"^\s*(?:how\s+(?:tall|high|deep|wide|far|heavy|big|large)\b|how\s+long\s+(?:is|was|are|were)\b"
    r"|what\s+(?:is|was|were|are)\s+the\s+(?:height|length|depth|width|weight|magnitude|size)\b"
    r"|what\s+(?:height|length|depth|width|weight|magnitude|size)\b"
    r"|¿?\s*(?:cu[aá]nto\s+(?:mide|med[ií]a|miden|med[ií]an|pesa|pesaba)|qu[eé]\s+(?:altura|longitud|profundidad|tama[ñn]o|magnitud))\b"
    r"|какой\s+(?:высоты|длины|глубины|ширины|величины)|какая\s+(?:высота|длина|глубина|ширина|магнитуда)"
    # a weight: "сколько весил метеорит?", "how much did the bell weigh?"
    r"|сколько\s+(?:весил[аои]?|весит|весят)\b|how\s+much\s+(?:does|did|do|will)\b.*?\bweigh\b"
    # a temperature: "what temperature …?", "how cold was it …?", "¿qué temperatura hace …?", "какая температура"
    r"|what\s+(?:(?:is|was)\s+the\s+)?temperature\b|how\s+(?:hot|cold|warm)\b|¿?\s*qu[eé]\s+temperatura\b"
    r"|¿?\s*cu[aá]ntos\s+grados\b|какая\s+(?:была\s+)?температура|.*?(?:多少度|气温多少|温度多少)"
    r"|.*?(?:多高|多长|多深|多宽|多重|多大规模|几级))",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"\d[\d,.]*\s?(?:-\s?)?(?:feet|foot|ft|inch(?:es)?|yards?|miles?|metres?|meters?|m|km|cm|mm|kilometres?"
    r"|tonnes?|tons?|kg|kilos?|lb|mph|km/h|knots|metros?|kil[oó]metros?|cent[ií]metros?|toneladas?"
    r"|метр\w*|м|км|сантиметр\w*|тонн\w*)(?![^\W\d_])|\d[\d,.]*\s?[多余几]?(?:米|公里|厘米|吨)"
    r"|\bmagnitude\s+\d|\d(?:\.\d)?\s+(?:on\s+the\s+Richter|magnitude)|\bmagnitud\s+\d|магнитуд\w*\s+\d|\d(?:\.\d)?级"
    # ("three feet of water", "forty miles"; a temperature: "six degrees", "-5 °C", "30 grados", "零下5度")
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|a\s+few|several)(?:[\s-]\w+)?\s+(?:feet|foot|inches|yards|miles|metres"
    r"|meters|kilometres|tonnes|tons|degrees)\b"
    r"|\d[\d,.]*\s?(?:°|º|degrees?\b|grados?\b|градус\w*)|\d[\d,.]*\s?度",
    re.IGNORECASE,
)
MEASURE_WORDS = frozenset(
    [
        "tall",
        "high",
        "long",
        "deep",
        "wide",
        "far",
        "heavy",
        "big",
        "large",
        "fast",
        "height",
        "length",
        "depth",
        "width",
        "weight",
        "magnitude",
        "size",
        "speed",
        "hot",
        "cold",
        "warm",
        "temperature",
        "temperatura",
        "температура",
    ]
)


def asks_for_a_measure(query: str) -> bool:
    """Whether a question asks how tall, long, heavy … something is or was."""
    return _HOW_BIG.match(query) is not None


def gives_a_measure(text: str) -> bool:
    """Whether the text writes a measure: a number with its unit."""
    return _MEASURE.search(text) is not None


# "how many pupils attend …?", "¿cuántos robots …?", "сколько зрителей …?": the thing counted, which an
# answer's passage holds with a number (not "сколько лет …?", an age, nor "сколько стоил …?", a sum).
_HOW_MANY = re.compile(
    r"^\s*(?:how\s+many|¿?\s*cu[aá]nt[oa]s|сколько(?!\s+(?:лет|стои|денег|весил|раз\b)))\s+(?P<w>\w+)(?:\s+(?P<v>\w+))?",
    re.IGNORECASE,
)
# The words a question counts people by ("how many people …?", "сколько человек …?")
PEOPLE_WORDS = frozenset(["people", "persons", "personas", "человек", "людей"])
# Counted words an answer names otherwise ("35 million Chinese" for people, "his third visit" for times)
_ANY_COUNT = PEOPLE_WORDS | {"times", "veces"}
_NUMBER_WORDS_TEXT = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands"
    " million millions dozen dozens score dos tres cuatro cinco seis siete ocho nueve diez veinte treinta cuarenta"
    " cincuenta cien ciento cientos mil millones"
    " два две двух трёх трех четыре четырёх четырех пять пяти шесть шести семь семи восемь восьми девять девяти"
    " десять десяти одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать"
    " восемнадцать девятнадцать двадцать двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти"
    " шестьдесят семьдесят восемьдесят девяносто сто ста двести двухсот триста трёхсот четыреста пятьсот"
    " шестьсот семьсот восемьсот девятьсот тысяча тысячи тысяч тысячу миллион миллиона миллионов десяток"
    " десятки десятков сотня сотни сотен дюжина полтора полторы"
)
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
# Russian months as a day names them ("14 июля")
_RU_MONTHS_TEXT = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_MONTHS_TEXT = (
    "january february march april may june july august september october november december jan feb mar apr jun"
    " jul aug sept sep oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
    " noviembre diciembre "
) + _RU_MONTHS_TEXT
_MONTHS = frozenset(_MONTHS_TEXT.split())
_TOKEN = re.compile(r"\w+")


def counted_words(query: str) -> tuple[str, ...]:
    """The word a "how many" question counts, folded: the plural among the two after "how many" ("how
    many foreign soldiers"), else the first; () for other queries and for people or times, which an
    answer counts otherwise."""
    m = _HOW_MANY.match(query)
    if m is None or m.group("w").casefold() in _ANY_COUNT:
        return ()
    # the plural counted ("foreign soldiers"), else the first word ("crew")
    two = [w.casefold() for w in m.group("w", "v") if w]
    return next(((w,) for w in two if len(w) > 3 and w.endswith("s")), (two[0],))


# "welcome to our three new ringers": a number of some of them, not how many there are ("how many ringers
# are there in the Wimbleford Handbell Ringers?"), unless the question asks for those ("how many new ringers …?")
_PART_WORDS = frozenset(["new", "more", "other", "extra", "additional", "further"])
_COUNT_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_PART_COUNT = re.compile(rf"\b(?:\d+|{_COUNT_ALT})\s+(?:{'|'.join(sorted(_PART_WORDS))})\b", re.IGNORECASE)


def asks_for_a_part(query: str) -> bool:
    """Whether a "how many" question counts some of a thing ("how many new members …?"), not all."""
    return any(w.casefold() in _PART_WORDS for w in _TOKEN.findall(query))


def without_part_counts(text: str) -> str:
    """The text without its counts of some of a thing ("three new ringers", "two more boats")."""
    return _PART_COUNT.sub(" ", text)


def counts_people(query: str) -> bool:
    """Whether the query asks how many people ("how many people watched the reopening?"), which an
    answer counts with any number ("35 million Chinese", "thirty-four dead")."""
    m = _HOW_MANY.match(query)
    return m is not None and m.group("w").casefold() in PEOPLE_WORDS


COUNT = 1  # `gives_a_count`: a number of things
SPAN = 2  # … a number of years, days, hours (a duration or an age): a count only of those units


def gives_a_count(text: str) -> int:
    """Whether the text writes a number, and of what: COUNT for a number word or figures that are not
    a year (1000–2099), an ordinal ("80th"), a day of the month ("14 June", "September 3", "9 de
    julio", "11 and 12 July"), a clock time ("6.00 pm") or a sum ("£22"); SPAN for one followed by a
    unit of time ("thirty years", "ninety-year-old"), which counts nothing else; 0 for none (the two
    bits together when both are written)."""
    ws = _TOKEN.findall(_NOT_COUNTS.sub(" ", _ADDRESS.sub(" ", text).casefold()))
    found = 0
    for i, w in enumerate(ws):
        if w not in _NUMBER_WORDS:
            if not w[0].isdigit() or not w.isdigit():
                continue  # (an ordinal: 80th)
            if len(w) == 4 and ("1000" <= w <= "2099"):
                continue
            after = ws[i + 2] if i + 2 < len(ws) and ws[i + 1] == "de" else ws[i + 1] if i + 1 < len(ws) else ""
            if after in _DAY_LINKS and i + 3 < len(ws) and ws[i + 2].isdigit():
                after = ws[i + 3] if ws[i + 3] != "de" or i + 4 >= len(ws) else ws[i + 4]  # "11 and 12 July"
            if len(w) <= 2 and (after in _MONTHS or (i > 0 and ws[i - 1] in _MONTHS)):
                continue
            if len(w) <= 2 and i > 0 and ws[i - 1] in _WEEKDAY_WORDS:
                continue  # (a weekday's day: "on Saturday 3 and Sunday 4 December")
            if after in _RU_ORDINAL_ENDINGS:
                continue  # (a Russian ordinal: "23-го", "с 19-го по 21-е")
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        found |= SPAN if nxt in TIME_UNITS else COUNT
    return found


# A house number counts nothing: "his first British store, at 25 Church Street in Liverpool".
_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|Road|Lane|Avenue|Square|Place|Terrace|Row|Way|Drive|Crescent|Close|Gardens|Parade|Walk|St|Rd)\b"
)
_DAY_LINKS = frozenset(["and", "to", "y", "al", "or", "e"])
_WEEKDAY_WORDS = frozenset([*(w.casefold() for w in WEEKDAYS), *WEEKDAY_STEMS_ES])
_RU_ORDINAL_ENDINGS = frozenset(["го", "е", "й", "я", "м", "х", "ое", "ой", "ая", "ый", "ий", "ом", "ую"])
# Clock times ("6.00 pm", "7.30pm", "10:15") and sums ("£22", "$1.5m"): numbers that count nothing.
# (and a span of years written short: "1931-45", "1939–45")
_NOT_COUNTS = re.compile(
    r"\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|h)?\b|\b\d{1,2}\s*[ap]\.?m\b|[£$€¥]\s*\d[\d,.]*"
    r"|\b(?:1[5-9]|20)\d\d\s*[-–/]\s*\d{2}\b"
    # (and a clock time in words: "a bonfire on Tarn Knott at ten o'clock", "half past nine")
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b"
    r"|\b(?:half|quarter)\s+(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)
_TIME_UNITS_TEXT = (
    "year years decade decades century centuries month months week weeks day days hour hours minute minutes"
    " año años día días mes meses semana semanas hora horas год года году годы годов лет век века веков месяц"
    " месяца месяцев неделя недели недель день дня дней суток час часа часов минута минуты минут"
)
TIME_UNITS = frozenset(_TIME_UNITS_TEXT.split())


def gives_an_amount(text: str) -> bool:
    """Whether the text writes a sum of money."""
    return _AMOUNT.search(text) is not None


# The kinds of sum a question asks for, each by the words that ask for it and the words a sentence gives
# it with: a cost is not the money a collection raised ("how much did the new fire station cost?" of
# "firemen pushed an engine … to raise money … and collected £1,900", in the paragraph after it).
_SUM_KINDS = (
    (
        "cost costs costed costing costó costaron cuesta cuestan costaba стоил стоила стоило стоили стоит",
        "cost costs costed costing spent spend price priced bill budget paid pay contract estimate estimated"
        " costó costaron coste costo cuesta cuestan costaba precio presupuesto pagó pagaron gastó gastaron"
        " стоил стоила стоило стоили стоит стоимость обошёлся обошлась обошлось обошлись заплатили",
    ),
    (
        "raise raised raising collect collected recaudó recaudaron",
        "raise raised raising collect collected collecting donated donation donations appeal fund"
        " recaudó recaudaron recaudación donativo donativos собрали собрано",
    ),
    (
        "sell sells sold fetch fetched",
        "sell sells sold fetch fetched auction auctioned bought buy bid vendió vendieron compró subasta продан продали",
    ),
)
# A cost written before the thing it bought: "Work on the £14 million road began …" (not "collected £1,900 for")
_PRICED_THING = re.compile(
    r"[£$€]\s?\d[\d,.]*\s*(?:million|billion|m|bn|k)?[\s-]+"
    r"(?!(?:for|to|from|in|on|at|and|or|of|a|an|the|was|were|is|are|by|with|towards?|a\s+year|each)\b)[a-z]{3,}\b"
)
_SUM_KIND_ASKED = tuple((frozenset(asked.split()), frozenset(given.split())) for asked, given in _SUM_KINDS)
SUM_KIND_COUNT = len(_SUM_KINDS)  # (the kinds `sum_kind_asked` tells apart, 0 to SUM_KIND_COUNT - 1)
_COST = 0  # (the kind a priced thing gives: `_PRICED_THING`)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def sum_kind_asked(query: str) -> int | None:
    """Which kind of sum (`_SUM_KINDS`) a question asks for by its verb, when it names one."""
    words = set(_WORD.findall(query.lower()))
    return next((i for i, (asked, _) in enumerate(_SUM_KIND_ASKED) if words & asked), None)


def gives_an_amount_of(kind: int) -> Callable[[str], bool]:
    """Whether a text writes a sum of money in a sentence with a word of the `kind` asked
    (`sum_kind_asked`)."""
    given = _SUM_KIND_ASKED[kind][1]

    def writes(text: str) -> bool:
        if kind == _COST and _PRICED_THING.search(text):
            return True
        return any(
            _AMOUNT.search(part) is not None and not given.isdisjoint(_WORD.findall(part.lower()))
            for part in _SENTENCE_END.split(text)
        )

    return writes


# "times" alone is too common a word ("at times", The Times); after these it asks for a timetable.
_TIMES_AFTER = re.compile(r"\b(?:opening|closing|start|starting|departure|service|visiting)\s+times\b", re.IGNORECASE)
# "hours" is nearly as common ("in the small hours", "72 hours"): after these, the document has to
# give the same hours ("visiting hours"), not any.
_HOURS_OF = re.compile(
    r"\b(opening|closing|visiting|office|surgery|business|trading|service)\s+(hours|times)\b", re.IGNORECASE
)


def asks_for_detail(word: str, query: str = "") -> bool:
    """Whether a query word asks for a practical detail (see the module's docstring)."""
    w = word.casefold()
    return w in ASKED_DETAILS or (w == "times" and _TIMES_AFTER.search(query) is not None)


def asked_hours(query: str) -> tuple[str, str] | None:
    """The kind of hours a query asks for, as written: ("opening", "hours"), or None."""
    m = _HOURS_OF.search(query)
    return (m.group(1).casefold(), m.group(2).casefold()) if m else None


# The word an English question asks about, which an answer has to hold in some form: the verb after
# "who" ("who designed the Regal?"), the verb that ends a "when" question ("what year did the
# Observer close?") or a "where" question ("where is the poet buried?"). A document that never holds
# it names the question's subject, not its answer.
# (Not the noun after "what" or "how many": "what language …", "how many foreign soldiers …" ask for
# an instance the text names without the category word.)
_NOT_ASKED_WORDS = (
    "was is are were did does do has have had will would can could should the a an of year years day date"
    " time month kind sort type much"
    # where a thing is: the answer names the place, seldom with these ("stands on the hill above Kelby")
    " located situated based sited held"
    # "when did the first raft race take place?": an idiom for happening, which an answer seldom writes
    " place"
)
_NOT_ASKED = frozenset(_NOT_ASKED_WORDS.split())
_ASKED = (
    re.compile(r"^\s*who\s+(?P<w>[a-z]+)\b", re.IGNORECASE),
    re.compile(
        r"^\s*(?:what\s+(?:year|day|date|month)|when)\s+(?:did|does|do)\s+[^?]+?\s(?P<w>[a-z]+)\s*\??\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*where\s+(?:is|was|are|were|did|does|do)\s+[^?]+?\s(?P<w>[a-z]+)\s*\??\s*$", re.IGNORECASE),
    # ("how did Amy Johnson die?", "why did the mill close?": the verb that ends it)
    re.compile(r"^\s*(?:how|why)\s+(?:did|does|do)\s+[^?]+?\s(?P<w>[a-z]+)\s*\??\s*$", re.IGNORECASE),
)


# The verb after a named subject ("what year did the Friends Ambulance Unit leave China?", "when was
# Madbouly appointed prime minister?"): the first word in small letters after the name's capitals.
# Its answer may use another verb ("when was the hospital founded?" of "… opened in 1723"), so only a
# verb the documents never hold in any form leaves a question unanswered.
_VERB_AFTER_NAME = re.compile(
    # (after "in" too, and a word or two in small letters that say who the name is: "in what year did the
    # smith Walter Hey die?")
    r"^\s*(?i:in\s+)?(?i:(?:what|which)\s+(?:year|day|date|month)|when)\s+(?i:did|does|do|was|were)\s+(?i:the\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+)+(?P<w>[a-z]+)\b"
)


# A passive's participle ending the question, after the subject's own small words ("when was the Skelder
# lifeboat station closed?", "… ice house last used?"): the verb, not the first of those words.
_PARTICIPLE_END = re.compile(
    r"\s(?P<w>[a-z]{2,}ed|built|held|sold|shut|made|won|lost|kept|laid|paid|rebuilt|torn|begun|drawn|sunk)\s*\??\s*$"
)
_WAS_WERE = re.compile(r"^\s*(?i:(?:what|which)\s+(?:year|day|date|month)|when)\s+(?i:was|were)\s")


def verb_after_name(query: str) -> str | None:
    """The verb after a when-question's named subject (see `_VERB_AFTER_NAME`; a Chinese one's after
    什么时候, `_ZH_VERB_ASKED`), folded; or None."""
    m = _VERB_AFTER_NAME.match(query) or _ZH_VERB_ASKED.search(query)
    w = m.group("w").casefold() if m else None
    return w if w not in _NOT_ASKED else None


# "周德明什么时候去世的": the verb a Chinese when-question ends with, before its particles
_ZH_VERB_ASKED = re.compile(r"(?:什么时候|何时)\s*(?P<w>[\u4e00-\u9fff]{2,4}?)[的了呢吗]?\s*[?？]?\s*$")


_ADVERBS_TEXT = "last first finally officially eventually formally actually originally fully"
_ADVERBS = frozenset(_ADVERBS_TEXT.split())


def participle_asked(query: str) -> tuple[str, str | None] | None:
    """The passive's participle a was/were when-question ends with, after its named subject and the
    subject's own small words, and the last of those words, the subject's head ("when was the Skelder
    lifeboat station closed?": closed, station); None for other questions."""
    m = _VERB_AFTER_NAME.match(query)
    if m is None or not _WAS_WERE.match(query) or (end := _PARTICIPLE_END.search(query, m.start("w"))) is None:
        return None
    if end.group("w") in _NOT_ASKED:
        return None
    small = [w.casefold() for w in query[m.start("w") : end.start()].split() if w.casefold() not in _ADVERBS]
    return end.group("w"), small[-1] if small else None


def asked_word(query: str) -> str | None:
    """The word an English question asks about (see `_ASKED`), folded; None for other queries."""
    for rx in _ASKED:
        m = rx.match(query)
        if m is not None:
            w = m.group("w").casefold()
            if w not in _NOT_ASKED:
                return w
    return None


# "what time does the farm shop open?": a question for a clock time, which an answer writes ("9am",
# "10.30", "at half past six", "o'clock", "noon").
_WHAT_TIME = re.compile(r"^\s*(?:at\s+)?what\s+(?:time|hour)\b", re.IGNORECASE)  # ("at what hour does … end?")
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}[.:]\d{2}\b|\bo'clock\b|\bnoon\b|\bmidday\b"
    r"|\bmidnight\b|\bhalf\s+past\b|\bquarter\s+(?:past|to)\b|\b\d{1,4}\s*(?:GMT|BST|UTC|hrs|hours)\b",
    re.IGNORECASE,
)


def asks_for_a_time(query: str) -> bool:
    """Whether an English question asks for a clock time."""
    return _WHAT_TIME.match(query) is not None


def without_the_time_asked(query: str) -> str:
    """The question with its "what time" as "what": the word asks for a time, which the answer
    writes in figures, not the word "time"."""
    return _WHAT_TIME.sub("what", query, count=1)


def gives_a_time(text: str) -> bool:
    """Whether the text writes a clock time."""
    return _CLOCK_TIME.search(text) is not None


# "what time does the Harvest Festival finish?": a question for when a thing ends, which an answer
# writes as a time it runs until ("2pm to 4pm", "until 4.30", "ends at 5pm"), not only when it starts.
# ("what time does the lake steamer get back to Glenridding pier?": when it is back, which a time it sets off at
# does not tell)
_ENDS_ASKED = re.compile(
    r"^\s*(?:at\s+)?what\s+(?:time|hour)\s+(?:does|do|did|will)\b"
    # (on a day named or each day: "what time does the exhibition close each day?")
    r"(?:.*\b(?:finish|end|close|stop)(?:es|s|ed)?(?:\s+(?:each|every)\s+(?:day|evening|night)|\s+daily"
    r"|\s+on\s+\w+|\s+(?:today|tonight|tomorrow))?\s*\??\s*$|.*\b(?:get|come|be)\s+back\b|.*\breturn\b)",
    re.IGNORECASE,
)
_END_TIME = re.compile(
    rf"(?:\b(?:until|till|to|finish(?:es|ing)?|ends?|closes?|closing|back\s+(?:at|by)|return(?:s|ing)?\s+(?:at|by))"
    rf"\s+(?:at\s+)?|\s*[–-]\s*)(?:{_CLOCK_TIME.pattern})",
    re.IGNORECASE,
)


def asks_for_an_end_time(query: str) -> bool:
    """Whether an English question asks at what time something finishes."""
    return _ENDS_ASKED.match(query) is not None


def gives_an_end_time(text: str) -> bool:
    """Whether the text writes a time something runs until."""
    return _END_TIME.search(text) is not None


# "when did the Kilns Trust become a charity?": a question for when, which an answer dates (a year,
# a day of a month, a decade, a season of a year) in the passage that holds what it asks about.
_WHEN = re.compile(
    r"^\s*(?:when|(?:what|which)\s+year|in\s+what\s+year|in\s+which\s+year)\b"
    # (Spanish, Russian; a Chinese question asks it where the thing asked about has been named)
    r"|^\s*¿?\s*(?:cu[aá]ndo|en\s+qu[eé]\s+(?:año|fecha)|(?:en\s+)?qu[eé]\s+d[ií]a)\b"
    r"|^\s*(?:когда|в\s+каком\s+году|в\s+какой\s+день|какого\s+числа)(?![а-яё])|.*?(?:什么时候|何时|哪一年|哪年)",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))


def _days_of_months(link: str) -> str:
    """A day of a month, as a pattern: "14th of July", "July 14", "14 июля", "7月14日" (`link`: the words that
    may stand between a day and its month)."""
    return (
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{link})?(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b"
        rf"|\d{{1,2}}\s+(?:{'|'.join(_RU_MONTHS_TEXT.split())})"
        r"|\d{1,2}月\d{1,2}日"
    )


# A year or a day of a month
_DATED = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\d{4}年|" + _days_of_months(r"of\s+"), re.IGNORECASE)
# A day of a month, a Spanish one too ("el 4 de mayo": a question for the day is answered by it)
_DAY = re.compile(_days_of_months(r"of\s+|de\s+"), re.IGNORECASE)


# the words that ask when
WHEN_WORDS = frozenset(
    [
        "when",
        "what",
        "year",
        "day",
        "date",
        "month",
        "which",
        "cuándo",
        "cuando",
        "qué",
        "año",
        "когда",
        "каком",
        "году",
        "día",
        "dia",
        "fecha",
        "какой",
        "день",
        "числа",
    ]
)


# "¿qué día regresó la delegación?", "on what date did the ferry sail?": a question for a day, which an
# answer writes as a day of a month (a year alone does not answer it)
_ASKS_DAY = re.compile(
    r"^\s*(?:on\s+)?(?:what|which)\s+(?:day|date)\b|^\s*¿?\s*(?:en\s+)?qu[eé]\s+(?:d[ií]a|fecha)\b"
    r"|^\s*(?:в\s+какой\s+день|какого\s+числа)(?![а-яё])|^[^？?]*?(?:哪一天|哪天|几月几日|几号)",
    re.IGNORECASE,
)


def asks_for_a_day(query: str) -> bool:
    """Whether a question asks on what day something happened."""
    return _ASKS_DAY.match(query) is not None


def gives_a_day(text: str) -> bool:
    """Whether the text writes a day of a month."""
    return _DAY.search(text) is not None


def asks_when(query: str) -> bool:
    """Whether an English question asks when something happened or happens."""
    return _WHEN.match(query) is not None


def gives_a_date(text: str) -> bool:
    """Whether the text writes a year or a day of a month."""
    return _DATED.search(text) is not None


# The verbs of a beginning a "when was X founded?" question may ask with (its answer may use another).
ORIGIN_VERBS_TEXT = "founded formed established built opened created launched inaugurated"
# "who called China and Vietnam comrades and brothers?" of "as Ho Chi Minh once described it": what a
# text says someone called a thing it may tell with another verb of naming
NAMING_VERBS_TEXT = "called described named termed dubbed hailed"
# A beginning told: "founded in 1905", "the hall opened", "was built", "set up", "began" (and the nouns).
_ORIGIN_TOLD = re.compile(
    rf"\b(?:{'|'.join(ORIGIN_VERBS_TEXT.split())}|founding|establishment|opening|creation|launch|inauguration"
    r"|set\s+up|started|began|begun)\b",
    re.IGNORECASE,
)


def tells_an_origin(text: str) -> bool:
    """Whether the text tells of a beginning (a founding, an opening, a building)."""
    return _ORIGIN_TOLD.search(text) is not None


# "how old was Tenzing on Everest?", "¿cuántos años tenía Sydney Loving?", "сколько лет было …": a
# question for someone's age, which an answer writes next to them ("aged 39", "a 39-year-old", "at
# the age of 39", "a los 39 años", "в возрасте 39 лет", "39岁"), or a thing's ("the quarter century
# old Shanghai Cooperation Organisation").
_HOW_OLD = re.compile(
    r"^\s*(?:how\s+old\b|¿?\s*(?:cu[aá]ntos\s+años|qu[eé]\s+edad)\s+(?:tenía|tenia|tiene|tenían|cumpl\w*)\b"
    r"|сколько\s+лет\s+(?:было|исполнилось|будет)|.*?(?:多大|几岁|多少岁|年龄|岁数)"
    # (a name and the word for age, as a search: "Абрамов Лев Хабаровск возраст", "Ramón Godoy edad"; not
    # "la Edad Media")
    r"|.*(?<![а-яё])возраст(?:а|е)?(?![а-яё])|.*\bedad\s*\??\s*$)",
    re.IGNORECASE,
)
_NUMBER = rf"(?:\d{{1,3}}|(?:{_NUMBER_WORDS_TEXT.replace(' ', '|')})(?:[\s-]\w+)?)"
_AGE = re.compile(
    rf"\baged\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+)?{_NUMBER}"
    # "Breck, 71, climbed his first Munro in 1977"; "Born in 1902 to Scottish missionary parents": an age to work out
    rf"|(?-i:\b[A-Z][\w'’-]+),\s+\d{{1,3}},|\bborn\s+(?:in|on)\b|\b(?:century|centuries|decades?)[\s-]+(?:old|history)\b|\b{_NUMBER}[\s-]+years?[\s-]+old\b|\bage\s+of\s+{_NUMBER}|\bin\s+(?:his|her|their)\s+\w+ties\b"
    r"|\b(?:a\s+los|con)\s+\d{1,3}\s+años\b|\b(?:tenía|tiene|cumplió|cumple)\s+\d{1,3}\b|\d{1,3}\s+años\s+de\s+edad"
    # (not an anniversary's "к 65-летию канала")
    r"|в\s+возрасте|\d{1,3}[\s-](?:лет(?![а-яё])|летн\w+)|\d{1,3}\s*(?:岁|周岁)",
    re.IGNORECASE,
)
AGE_WORDS = frozenset(["old", "age", "aged", "años", "edad", "лет", "возраст"])


# "what year was Joan Peploe born?", "когда родилась Анна Гуляева?", "¿en qué año nació …?", "…哪年出生":
# a question for a birth, which an answer tells next to them ("born on 3 May 1921", "née", an age to work
# it out from, "(1921–2009)").
_BIRTH_ASKED = re.compile(
    r"^\s*(?:(?:when|(?:in\s+)?(?:what|which)\s+year)\s+(?:was|were)\s+.+\s+born\b"
    r"|.*\bdate\s+of\s+birth\b"
    r"|¿?\s*(?:cu[aá]ndo|en\s+qu[eé]\s+año)\s+naci[óo]\b|.*когда\s+родил(?:ся|ась|ись)|.*(?:哪年|何时|什么时候|哪一年)出生)",
    re.IGNORECASE,
)
_BIRTH_TOLD = re.compile(
    r"\bborn\b|\bbirth\b|\bn[ée]e\b|\(\s*\d{4}\s*[–-]\s*\d{4}\s*\)|\bnaci[óo]\b|\bnacid[oa]\b|\bnacimiento\b"
    r"|родил|рожд|出生|生于|诞生|诞辰",
    re.IGNORECASE,
)
BIRTH_WORDS = frozenset(["born", "birth", "year", "date", "nació", "родился", "родилась", "出生"])


def asks_for_a_birth(query: str) -> bool:
    """Whether a question asks when someone was born."""
    return _BIRTH_ASKED.match(query) is not None


def tells_a_birth(text: str) -> bool:
    """Whether the text tells of a birth, or writes an age to work one out from."""
    return _BIRTH_TOLD.search(text) is not None or _AGE.search(text) is not None


def asks_for_an_age(query: str) -> bool:
    """Whether a question asks how old someone was or is."""
    return _HOW_OLD.match(query) is not None


def gives_an_age(text: str) -> bool:
    """Whether the text writes someone's age."""
    return _AGE.search(text) is not None
