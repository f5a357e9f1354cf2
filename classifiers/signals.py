"""Content signals from procedure 004 (urgency, consent, IRR level), 003 (concern) and 002 (form).

Each signal returns its value with the words that triggered it, so the decision's explanation
can say why. Patterns are plain regular expressions: these are short phrase families where a
pattern is clearer than a token matcher, and they run on the whole text in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from classifiers.rx import quick

# texts whose costliest signals are remembered: the model's feature tokens and the evidence
# ask for the same ones, and the intake reads a whole group of messages (20) before it makes
# the evidence of any
READ_AHEAD = 64


@dataclass(frozen=True, slots=True)
class Signal:
    value: str
    trigger: str  # the words that set it, trimmed


def _rx(*alternatives: str) -> re.Pattern[str]:
    """One pattern from a phrase family.

    The alternatives that start at a word boundary share one leading \\b: the regex engine
    then tests the boundary once per position instead of once per alternative, which makes a
    family of fifty phrases several times faster on a long message.
    """
    bounded = [a[2:] for a in alternatives if a.startswith(r"\b")]
    others = [a for a in alternatives if not a.startswith(r"\b")]
    branches = []
    if bounded:
        branches.append(r"\b(?:" + "|".join(f"(?:{a})" for a in bounded) + ")")
    branches.extend(f"(?:{a})" for a in others)
    # "\w+" in the phrase families also takes hyphenated and apostrophised words
    joined = "|".join(branches).replace(r"(?:\w+\s+)", r"(?:[\w'’-]+\s+)")
    return quick(re.compile(joined, re.IGNORECASE))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0).strip() if m else None


_S47 = r"(?:s\.?\s?47|section\s*47)"
_S7_S37 = r"(?:s\.?\s?3?7\b|section\s*3?7\b)"

# --- Urgency (004: "An IRR would only be classed as urgent if ...") -------------------------
_URGENCY = [
    (
        "s47_strategy",
        _rx(
            rf"strategy\s+(?:discussion|meeting|call)s?\b.{{0,200}}?{_S47}",
            rf"{_S47}.{{0,200}}?strategy\s+(?:discussion|meeting|call)",
            r"strategy\s+(?:discussion|meeting)\s+(?:is\s+)?(?:today|tomorrow|this\s+(?:morning|afternoon)|at\s+\d)",
        ),
    ),
    (
        "prisoner_release",
        _rx(
            r"(?:releas(?:e|ed|ing)|discharg(?:e|ed|ing))\b.{0,120}?\b(?:prison|custody|hmp|hmyoi|licence)",
            r"\b(?:prison|custody|hmp|hmyoi)\b.{0,120}?\breleas(?:e|ed|ing)",
            r"release\s+(?:address|date|plan)",
        ),
    ),
]
_URGENT_WORDS = _rx(
    r"\burgent(?:ly)?\b", r"as\s+a\s+matter\s+of\s+urgency", r"\basap\b", r"as\s+soon\s+as\s+possible",
    r"\btoday\b", r"\btomorrow\b", r"\btonight\b", r"by\s+(?:close\s+of\s+play|end\s+of\s+(?:the\s+)?day|noon|\d\d?(?::\d\d)?\s*(?:am|pm))",
    r"\bbefore\s+(?:release|the\s+hearing|court)\b", r"\bin\s+the\s+morning\b",
    r"\bimmediate(?:ly)?\b", r"\bpriority\b", r"time[\s-]critical", r"without\s+delay",
)  # fmt: skip
_COURT_OR_CP = _rx(
    r"\bcourt\b", r"\bhearing\b", r"\bproceedings\b", r"\bjudge\b", r"\bdirection(?:s)?\b",
    rf"{_S7_S37}", r"child\s+protection\s+enquir", r"\bcp\s+enquir", r"\bfinal\s+analysis\b",
    r"\bemergency\s+protection\s+order\b", r"\bEPO\b",
)  # fmt: skip
# Probation showing that a release puts children at risk is the procedure's own example of a
# significant-harm request (004: "e.g. Police, some Probation").
_SIGNIFICANT_HARM_BASIS = _rx(
    r"significant\s+harm", r"(?:immediate|serious|real|imminent)\s+(?:risk|danger)\s+(?:to|of)",
    r"\bschedule\s+1\b", r"\bconvictions?\s+for\s+(?:\w+\s+){0,4}?(?:sexual|child|children|indecent|violence)",
    r"\bpose\s+a\s+risk\s+to\s+(?:the\s+)?(?:child|children)", r"\brisk\s+to\s+(?:the\s+)?(?:child|children)\b",
    r"\bpolice\s+protection\b", r"\b(?:treating|graded|assessed)\s+(?:\w+\s+){0,2}as\s+high\s+risk\b",
    r"\bmissing\s+from\s+(?:home|care)\b", r"\bat\s+(?:high\s+|serious\s+|significant\s+)?risk\s+of\s+(?:serious\s+)?(?:harm|exploitation)\b",
)  # fmt: skip
_SIGNIFICANT_HARM = _rx(
    r"significant\s+harm", r"\b(?:is|are|may\s+be|could\s+be)\s+at\s+risk\b",
    r"\bdomestic\s+(?:incident|abuse|violence)\b", r"\b(?:facial\s+)?injur(?:y|ies)\b", r"\bassault",
    r"\bexploitation\b", r"\bCSE\b", r"\bhigh\s+risk\b", r"\breported\s+missing\b", r"\bmissing\s+episode",
    r"\bchildren\s+(?:were\s+)?present\b", r"\bsafe\s+carers?\b", r"(?:immediate|serious|real|imminent)\s+(?:risk|danger)",
    r"at\s+risk\s+(?:of\s+harm|tonight|today|now)", r"\bsafe\s+to\s+return\b",
    r"\bsafety\s+plan", r"\bprotective\s+(?:action|measures)\b", r"\bwelfare\s+check\b",
    r"\bpolice\s+protection\b", r"\bmissing\s+(?:child|from\s+home)\b",
)  # fmt: skip


_NOT_URGENT_RE = quick(
    re.compile(
        r"(?:\bno\s+need\s+to\s+treat\s+(?:\w+\s+){0,2}as|\bnot|\bnon|\bnone|n't|\bno)[\s-]+(?:\w+\s+){0,1}$",
        re.I,
    )
)


def _unnegated(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match not negated just before it ("not urgent", "no need to treat it as urgent")."""
    for m in pattern.finditer(text):
        if not _NOT_URGENT_RE.search(text[max(0, m.start() - 40) : m.start()]):
            return m.group(0).strip()
    return None


_ADDRESS_COURT_RE = re.compile(r"\b\d+[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,2}Court\b")


@lru_cache(maxsize=16)  # consent_basis asks again for the same text
def urgency(text: str) -> Signal | None:
    """Urgent only by one of the four criteria; the word 'urgent' alone is not enough."""
    for reason, pattern in _URGENCY:
        hit = _first(pattern, text)
        if hit:
            return Signal(reason, hit)
    # "today" in a story ("he told me so today") is not a deadline: urgency is read in the
    # subject and in the sentences that ask for something
    first_line = text.split("\n", 1)[0]
    urgent_words = _unnegated(_URGENT_WORDS, first_line + "\n" + request_sentences(text))
    basis_harm = _first(_SIGNIFICANT_HARM_BASIS, text)
    if urgent_words is None:
        # a professional who shows a child may be at risk of significant harm needs it promptly
        return Signal("significant_harm", basis_harm) if basis_harm else None
    # "9 Maltings Court" is an address, not a court
    court = _first(_COURT_OR_CP, _ADDRESS_COURT_RE.sub(" ", text))
    if court:
        return Signal("court_or_cp_enquiry", f"{urgent_words} … {court}")
    harm = _first(_SIGNIFICANT_HARM, text)
    if harm:
        return Signal("significant_harm", f"{urgent_words} … {harm}")
    return None


# --- Consent (004: from a parent, a person with PR, or the child if 16 or over) ---------------
# Consent is read a statement at a time: each sentence that speaks of consent (or permission,
# or a parent being "happy for us to" ask) is positive, negated or neither, and the last one
# that says anything wins ("mum refused at first, but has since signed the form").
_CONSENT_WORDS = _rx(
    r"\bconsent(?:s|ed|ing)?\b", r"\bpermission\b", r"\bhappy\s+for\s+(?:us|me|you|the\s+school|school)\b",
    r"\bagree(?:d|s)?\s+(?:to|that)\s+(?:us|me|you|the|this|information|sharing|share|contact|our|a\s+referral|my)",
    r"\bagree(?:d|s)?\s+for\s+(?:us|me|you)\b", r"\bauthori[sz]ed?\s+(?:us|me)\b",
    r"\binformation[\s-]+sharing\s+(?:agreement|form|declaration)\b",
)  # fmt: skip
_NEGATION_WORDS = _rx(
    r"\b(?:not|no|never|nor|cannot|without|unable|unwilling|reluctant|yet\s+to|still\s+to)\b",
    r"n't\b", r"\b(?:refus|declin|withh[eo]ld|withdr[ae]w|object)\w*", r"\b(?:outstanding|pending|awaiting|awaited|to\s+follow)\b",
)  # fmt: skip
_POSITIVE_WORDS = _rx(
    r"\b(?:gave|give[sn]|provided|obtained|gained|signed|consents|consented|attached|enclosed|held|holds?|agreed|agrees|confirmed|granted|received|got)\b",
    r"\bin\s+place\b", r"\bhappy\s+for\b", r"\b(?:verbal|written|signed|informed|parental)\s+consent\b",
    r"\b(?:with|have|has|had)\s+(?:\w+\s+){0,2}?(?:consent|permission)\b", r"\bpermission\b",
)  # fmt: skip
_ASKING = _rx(
    r"\?", r"\bif\s+(?:\w+\s+){0,3}?consent", r"\bwhether\s+(?:\w+\s+){0,3}?consent", r"\b(?:do|does)\s+you\s+(?:need|require)",
    r"\bconsent\s+(?:is\s+|was\s+)?(?:not\s+)?(?:required|needed|necessary)\b", r"\bneed\s+(?:to\s+)?(?:get|obtain|seek)\b",
)  # fmt: skip
_PARENT_WORDS = _rx(
    r"\b(?:mum|mums|mummy|mother|mam|dad|daddy|father|parents?|carers?|guardian|grand(?:mother|father|parents?|ma|pa)|nan|step-?(?:mum|dad|father|mother)|aunt|uncle)\b",
    r"parental\s+responsibility", r"\bPR\b", r"\bfamily\b", r"\bapplicant'?s?\b", r"\bmr|mrs|ms|miss\b",
)  # fmt: skip
_CHILD_WORDS = _rx(
    r"\b(?:he|she|they|him|her)\s+(?:is|are|turned)\s+(?:now\s+)?(?:1[0-9]|[0-9])\b", r"\byoung\s+person\b", r"\bpupil\b",
    r"\b(?:he|she)[’']s\s+(?:now\s+)?(?:1[0-9]|[0-9])\b", r"\b(?:he|she)[’']s\s+happy\b",
    r"\bstudent\b", r"\bthe\s+child\b", r"\bwho\s+is\s+(?:now\s+)?\d\d?\b", r"\b(?:he|she)\s+(?:is|was)\s+happy\b",
    r"\b(?:he|she)\s+(?:has\s+)?(?:said|told)\b", r"\b(?:he|she)\s+(?:has\s+)?(?:gave|given|signed|consented|agreed)", r"\b(?:his|her)\s+own\s+consent\b",
)  # fmt: skip
_AGE_RE = re.compile(
    r"\b(?:aged?|is|turned|now)\s+(\d\d?)\b|\b(\d\d?)[\s-]*(?:years?|yrs?)[\s-]*old\b|\((\d\d?)\)",
    re.I,
)
_CLAUSE_SPLIT_RE = re.compile(r"\b(?:but|however|although|though|whereas)\b|;", re.I)


@dataclass(frozen=True, slots=True)
class ConsentSignal:
    value: str  # "provided", "negated"
    trigger: str
    from_child: bool = False
    child_age: int | None = None


def _sentences(text: str) -> list[str]:
    unwrapped = "\n".join(p.replace("\n", " ") for p in _PARAGRAPH_BREAK_RE.split(text))
    return [s.strip() for s in _SENTENCE_RE.findall(unwrapped) if s.strip()]


_NOT_NEEDED_RE = _rx(
    r"consent\s+(?:is\s+|was\s+|isn't\s+|is\s+not\s+|not\s+)?(?:strictly\s+)?(?:not\s+)?(?:required|needed|necessary)",
    r"(?:not|no)\s+(?:\w+\s+){0,2}?(?:need|require)\w*\s+(?:\w+\s+){0,2}?consent",
    r"without\s+(?:the\s+need\s+for\s+)?consent\s+(?:under|as|because|given|in\s+line)",
    r"(?:can|may)\s+withdraw\s+(?:this|my|their|your|the)\s+consent",  # a consent form's own words
)  # fmt: skip
_PARENTS_AGREED = _rx(
    r"\b(?:both\s+)?(?:parents?|mum|dad|mother|father|carers?)\s+(?:\w+\s+){0,3}?(?:have|has)\s+(?:both\s+|also\s+)?agreed\b",
    r"\bsigned\s+(?:\w+\s+){0,2}?form\s+(?:is\s+)?(?:attached|enclosed)",
)  # fmt: skip
_NAMED_CONSENTER_RE = re.compile(
    r"^\W*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?:\s+(?:himself|herself))?(?:,?\s+who\s+is\s+(\d\d?),?)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:consented|agreed|given|signed|said|told|is\s+happy|was\s+happy)"
)
_PRONOUN_RE = re.compile(r"(?:she|he)\b", re.I)
_NOT_CONSENTERS = {
    "i",
    "we",
    "ofsted",
    "cafcass",
    "lado",
    "police",
    "school",
    "the",
    "this",
    "both",
    "they",
    "she",
    "he",
}


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause that holds sentence[start:end], between 'but', 'although', ';' and the like."""
    left, right = 0, len(sentence)
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return sentence[left:right]


def _polarity(sentence: str, start: int, end: int) -> str | None:
    """Positive, negated or None for the consent words at sentence[start:end]."""
    left = max(0, start - 45)
    for m in _CLAUSE_SPLIT_RE.finditer(sentence, 0, start):
        left = max(left, m.end())
    window = sentence[left : min(len(sentence), end + 35)]
    if _NEGATION_WORDS.search(window):
        return "negated"
    if _ASKING.search(sentence[left : end + 60]) and "?" in sentence:
        return None
    if _POSITIVE_WORDS.search(window) or _PARENTS_AGREED.search(window):
        return "provided"
    return None


def consent(text: str) -> ConsentSignal | None:
    """The last statement about consent: given (by whom), or negated; None when none is made."""
    verdict: ConsentSignal | None = None
    sentences = _sentences(text)
    for index, sentence in enumerate(sentences):
        before = " ".join(sentences[max(0, index - 2) : index])
        masked = _NOT_NEEDED_RE.sub(lambda m: " " * len(m.group(0)), sentence)
        spans = [m.span() for m in _CONSENT_WORDS.finditer(masked)]
        spans += [m.span() for m in _PARENTS_AGREED.finditer(masked)]
        for start, end in sorted(spans):
            polarity = _polarity(masked, start, end)
            if polarity is None:
                continue
            trigger = sentence[max(0, start - 60) : end + 40].strip()
            if polarity == "negated":
                verdict = ConsentSignal("negated", trigger)
                continue
            named = _NAMED_CONSENTER_RE.match(sentence)
            named_child = (
                named is not None
                and named.group(1).lower() not in _NOT_CONSENTERS
                and not _PARENT_WORDS.search(named.group(1))
            )
            clause = _clause_around(sentence, start, end)
            from_child = (
                bool(_CHILD_WORDS.search(clause)) or named_child
            ) and not _PARENT_WORDS.search(clause)
            if from_child and not named_child and _PRONOUN_RE.match(clause.strip()):
                # "Mum told me ... She was happy for me to contact you": she is the parent
                from_child = not _PARENT_WORDS.search(before)
            age = None
            if from_child:
                if named and named.group(2):
                    age = int(named.group(2))
                else:
                    m = _AGE_RE.search(sentence) or _AGE_RE.search(before)
                    age = int(next(g for g in m.groups() if g)) if m else None
            verdict = ConsentSignal("provided", trigger, from_child, age)
    return verdict


# --- Consent basis: when consent is not required (004) ----------------------------------------
_BASES = [
    ("s47", _rx(rf"(?<!previous\s)(?<!any\s)(?<!past\s)(?<!earlier\s)(?<!prior\s){_S47}\s*(?:enquir|investigat|strategy|\b)", r"child\s+protection\s+(?:enquiry|investigation)")),
    ("court_report", _rx(rf"{_S7_S37}\s*(?:report|direction|order|assessment|enquir|\b)", r"section\s+(?:7|37)\b", r"welfare\s+report")),
    ("plo_or_proceedings", _rx(r"\bPLO\b", r"public\s+law\s+outline", r"pre-?proceedings", r"care\s+proceedings", r"court\s+proceedings", r"\bproceedings\b", r"interim\s+care\s+order", r"supervision\s+order")),
    ("significant_harm", _SIGNIFICANT_HARM_BASIS),
    ("significant_harm", _URGENCY[1][1]),  # a prisoner released to where children live
]  # fmt: skip


def consent_basis(text: str) -> Signal | None:
    """Which 004 basis makes consent unnecessary, the first of s47, court report, PLO, harm.

    A request urgent because a child may be at risk of significant harm shows that risk, which
    is itself the significant-harm basis (004: "e.g. Police, some Probation").
    """
    for basis, pattern in _BASES:
        hit = _first(pattern, text)
        if hit:
            return Signal(basis, hit)
    urgent = urgency(text)
    if urgent is not None and urgent.value == "significant_harm":
        return Signal("significant_harm", urgent.trigger)
    return None


# --- IRR level (004): level 1 asks only whether known, the allocated worker, or closure date ---
_LEVEL2 = _rx(
    r"\bhistory\b", r"\bbackground\b", r"\bchronolog", r"\binvolvement\b(?![^.?\n]{0,30}\b(?:is|was)\s+(?:still\s+)?(?:open|closed))", r"reasons?\s+for",
    r"\bassessments?\b", r"\bplans?\b", r"\bconcerns?\b", r"\b(?:any|known|identified|current|the)\s+risks?\b", r"\brisk\s+assessment", r"\bsafeguarding\s+information\b",
    r"any\s+(?:relevant\s+|other\s+|further\s+|pertinent\s+)?(?:information|details|info)",
    r"(?:relevant|further|more|detailed|additional)\s+(?:information|details|info)",
    r"\bshare\s+(?:what|any)", r"what\s+(?:you\s+)?(?:know|hold|have)", r"\bprevious\s+(?:referrals?|contacts?|concerns?)",
    r"\breferrals?\b", r"\bsupport\s+(?:was\s+)?(?:offered|provided|in\s+place)", r"\bsiblings?\b",
    r"\bcp\s+plan", r"\bchild\s+protection\s+plan", r"\bcin\b", r"\bs\.?\s?47s?\b", r"\bsection\s*47\b",
    r"\bdomestic\s+(?:abuse|violence)", r"\bcheck(?:s)?\s+(?:on|against)\s+(?:the\s+)?(?:household|family|adults?)",
    r"\bsuitab", r"\bwhy\b", r"\bwhether\s+the\s+(?:family|parents?|mother|father|mum|dad|household)\b", r"\baware\s+of\b", r"\bsummar", r"\bwhat\s+support",
)  # fmt: skip
_LEVEL1 = _rx(
    r"\bknown\s+to\s+(?:you|children'?s|social|csc|your)", r"\ballocated\s+(?:social\s+)?worker",
    r"\bsocial\s+worker\b", r"\bcontact\s+details\b", r"\bwho\s+(?:is|was)\s+(?:the|their|his|her)\b",
    r"\b(?:when|date)\b[^.?\n]{0,30}\bclosed\b", r"\bclos(?:ure|ing|ed)\s+date", r"\bis\s+(?:the\s+case|he|she|they)\s+open",
    r"\bopen\s+to\s+(?:you|children'?s|social|csc)", r"\bworker'?s?\s+(?:name|details|number|email)",
    r"\b(?:best|phone|contact|telephone|direct)\s+(?:number|line)", r"\bnumber\s+to\s+(?:ring|call)",
    r"\bdate\s+of\s+closure\b", r"\bstill\s+involved\b", r"\ballocated\s+(?:social\s+)?(?:worker|sw)\b",
    r"\b(?:social\s+worker|sw)\b.{0,40}\bname\b", r"\bname\s*(?:\+|and|&)\s*number\b",
    r"\bwho\s+(?:is|was|that|we|i|should|holds?|to|they|the)\b", r"\b(?:how|best\s+way)\s+(?:best\s+)?to\s+(?:reach|contact|get\s+hold)",
    r"\bget\s+hold\s+of\b", r"\breach\s+(?:them|him|her|the\s+worker)\b", r"\bcase\s+(?:is\s+)?(?:still\s+)?open\b",
    r"\bstill\s+open\b", r"\bwhen\s+(?:did|was)\b[^?\n]{0,30}\bclos", r"\bbeen\s+closed\b", r"\bif\s+closed\b",
    r"\bopen\s+or\s+closed\b", r"\bhave\s+a\s+social\s+worker\b", r"\bknown\s+to\s+(?:your|the)\s+(?:service|department|team)",
    r"\bwho\s+(?:is|was|that|we|i|should|holds?|to|they|the)\b", r"\b(?:how|best\s+way)\s+(?:best\s+)?to\s+(?:reach|contact|get\s+hold)",
    r"\bget\s+hold\s+of\b", r"\breach\s+(?:them|him|her|the\s+worker)\b", r"\bcase\s+(?:is\s+)?(?:still\s+)?open\b",
    r"\bstill\s+open\b", r"\bwhen\s+(?:did|was)\b[^?\n]{0,30}\bclos", r"\bbeen\s+closed\b", r"\bif\s+closed\b",
    r"\bopen\s+or\s+closed\b", r"\bhave\s+a\s+social\s+worker\b", r"\bknown\s+to\s+(?:your|the)\s+(?:service|department|team)",
)  # fmt: skip


_SENTENCE_RE = re.compile(r"[^.?!\n]+(?:[.?!]+|\n|$)")
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
_REQUEST_RE = _rx(
    r"\?",
    r"\bcould\s+you\b",
    r"\bcan\s+you\b",
    r"\bwould\s+you\b",
    r"\bplease\b",
    r"\bgrateful\b",
    r"\bappreciate\b",
    r"\b(?:we|i)\s+(?:need|require|would\s+like|want|are\s+requesting|request)\b",
    r"\bdo\s+you\s+(?:have|hold|know)\b",
    r"\blet\s+(?:me|us)\s+know\b",
    r"\brequest(?:ing)?\b",
    r"\bwondering\b",
    r"\bconfirm\b",
    r"\badvise\b",
    r"\bsend\s+(?:me|us)\b",
    r"\bshare\b",
    r"\b(?:i|we)'?d\s+like\b",
    r"\blike\s+to\s+know\b",
    r"\bwhether\b",
    r"\btell\s+(?:me|us)\b",
)
_DISCLAIMER_RE = _rx(
    r"intended\s+(?:only\s+)?for", r"received\s+(?:it|this)(?:\s+\w+)?\s+in\s+error", r"\bmonitor(?:s|ed)?\b",
    r"\baddressee\b", r"\bconfidential\b", r"\bprivileged\b", r"\bvirus", r"\bunauthori[sz]ed\b",
    r"\bnotify\s+the\s+sender\b", r"\bdelete\s+(?:it|this|the)\b",
)  # fmt: skip


@lru_cache(maxsize=READ_AHEAD)
def request_sentences(text: str) -> str:
    """The sentences that ask for something; level is judged on what is asked, not context."""
    # mail clients wrap lines mid-sentence: join lines within a paragraph first
    unwrapped = "\n".join(p.replace("\n", " ") for p in _PARAGRAPH_BREAK_RE.split(text))
    asked = [
        s
        for s in _SENTENCE_RE.findall(unwrapped)
        if _REQUEST_RE.search(s) and not _DISCLAIMER_RE.search(s)
    ]
    return "\n".join(asked) if asked else text


_ONLY_THAT_RE = re.compile(
    r"\b(?:nothing\s+(?:else|more)|that'?s\s+all|that\s+is\s+all|all\s+(?:i|we)\s+need)\b", re.I
)


def irr_level(text: str) -> tuple[int, str]:
    """1 when the request asks only level-1 questions; 2 otherwise (the safe default)."""
    only = _ONLY_THAT_RE.search(text)
    asked = request_sentences(text)
    if only:
        # "I just need the worker's name. Nothing else needed." says what is not asked
        level1 = _first(_LEVEL1, asked)
        if level1:
            return 1, f"{level1} … {only.group(0)}"
    text = asked
    level2 = _first(_LEVEL2, text)
    if level2:
        return 2, level2
    level1 = _first(_LEVEL1, text)
    if level1:
        return 1, level1
    return 2, "asks for more than whether the child is known"


# --- Concern (003/001): a safeguarding concern or a request for a service ----------------------
_CONCERN = _rx(
    r"\binjur(?:y|ies|ed)\b(?<!no\s\binjur)", r"\bbruis", r"\bmarks?\s+on\b", r"\bneglect", r"\babus(?:e|ed|ive)\b",
    r"\bdomestic\s+(?:violence|abuse|incident)", r"\bself[\s-]?harm", r"\bsuicid", r"\bmissing\b",
    r"\bat\s+risk\b", r"\brisk\s+(?:to|of)\s+(?:the\s+)?(?:child|children|harm|him|her|them)",
    r"\bworr(?:ied|ies|ying)\b", r"\bconcern(?:ed|s|ing)?\s+(?:about|for|that|regarding|over|has|have)\b",
    r"\bsafeguarding\s+concern", r"\bdisclos(?:ed|ure)\b", r"\bassault", r"\bexploit", r"\bunkempt\b",
    r"\bhungry\b", r"\bunsafe\b", r"\bfrightened\b", r"\bscared\b", r"\bhit\s+(?:him|her|them)\b",
    r"\bsmacked\b", r"\blocked\s+(?:him|her|them)\s+(?:in|out)\b", r"\bpunish", r"\bpunched\b", r"\bkicked\b", r"\bthreat(?:ened|s)?\b", r"\bviolen(?:t|ce)\b",
    r"\brequest(?:ing)?\s+(?:for\s+)?(?:help|support|an\s+assessment|early\s+help)", r"\bneeds?\s+(?:help|support)\b",
    r"\bcan\s+(?:you|someone)\s+(?:help|visit|support)", r"\bplease\s+(?:help|visit)\b", r"\bre-?referr",
    r"\bdrugs?\b", r"\balcohol\b", r"\bintoxicat", r"\bdrunk\b", r"\bweapon", r"\bknife\b", r"\bpolice\s+(?:were|called|attended)",
    r"\bfell\b", r"\bfall\b", r"\bburn(?:s|ed|t)?\b", r"\bfracture", r"\bnon-?accidental",
    r"\bchild\s+protection\s+(?:concern|issue|matter)", r"\bcp\s+concern", r"\bsignificant\s+harm",
    r"\bcoercive\b", r"\bgroom", r"\bsexual", r"\bhomeless", r"\beviction\b", r"\bno\s+food\b",
    r"\bleft\s+(?:alone|unsupervised|home\s+alone)", r"\bunsupervised\b", r"\bon\s+(?:his|her|their)\s+own\b",
)  # fmt: skip
_CONCERN_MORE = _rx(
    r"\b(?:noticeably\s+)?thinner\b", r"\bweight\s+loss\b", r"\bnot\s+much\s+food\b", r"\buntreated\b",
    r"\bin\s+pain\b", r"\bmissed\s+(?:\w+\s+){0,2}appointments\b", r"\bwas\s+not\s+brought\b",
    r"\bfalling\s+asleep\b", r"\bdecay\b", r"\bpoor\s+(?:hygiene|attendance)\b", r"\bsmell(?:s|ed|ing)?\s+of\b",
)  # fmt: skip
_NO_CONCERN = _rx(r"no\s+(?:safeguarding\s+)?concerns?\b", r"no\s+injur", r"nothing\s+of\s+concern")


@lru_cache(maxsize=READ_AHEAD)  # the evidence and the model's feature tokens ask for the same text
def concern(text: str) -> Signal | None:
    """The first concern phrase that is not itself negated."""
    for m in _CONCERN.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if re.search(r"\b(?:no|not|without|nor|never)\s+(?:\w+\s+)?$", before):
            continue
        return Signal("concern", m.group(0).strip())
    more = _CONCERN_MORE.search(text)
    return Signal("concern", more.group(0).strip()) if more else None


# --- The DCS casework form (002, Annex A) -----------------------------------------------------
_FORM_SECTIONS = [
    re.compile(r"originator(?:'s)?\s+details", re.I),
    re.compile(r"details?\s+of\s+(?:the\s+)?submission", re.I),
    re.compile(r"chain\s+of\s+command|\bCofC\b|line\s+management\s*\(?LM\)?\s*endorsement", re.I),
    re.compile(r"dcs\s+casework\s+form|annex\s+a\b|originator\s+signature", re.I),
]


def casework_form(text: str) -> Signal | None:
    """Recognisably the Annex A form, however complete: two or more of its section headings."""
    hits = [m.group(0) for p in _FORM_SECTIONS if (m := p.search(text))]
    if len(hits) >= 2:
        return Signal("casework_form", " / ".join(hits))
    return None


_INTERNAL_REVIEW = _rx(
    r"internal\s+review", r"review\s+of\s+(?:the|my|our|this)\s+(?:casework\s+)?(?:decision|response|outcome)",
    r"(?:request|ask|asking|requesting)\s+(?:for\s+)?(?:a|an)\s+(?:independent\s+)?review",
    r"(?:dissatisfied|not\s+satisfied|unhappy)\s+with\s+(?:the|your)\s+(?:casework\s+)?(?:response|decision|outcome|reply)",
    r"appeal\s+(?:against\s+)?(?:the|this|your)\s+decision",
)  # fmt: skip


def internal_review(text: str) -> Signal | None:
    hit = _first(_INTERNAL_REVIEW, text)
    return Signal("internal_review", hit) if hit else None


# --- Features for the category model ------------------------------------------------------------
# Rule signals handed to the bag-of-words model as extra tokens: with a few hundred training
# messages the model learns far more from "this asks what social care knows" than from words.
_ASKS_CSC = _rx(
    r"\bknown\s+to\b", r"\bsocial\s+worker\b", r"\ballocated\b", r"\binvolvement\b", r"\bhistory\b",
    r"\b(?:any|relevant|further|background)\s+(?:information|details|info)\b", r"\bbackground\b",
    r"\bchronology\b", r"\b(?:your|the\s+council'?s|social\s+care|csc)\s+records?\b", r"\brecords?\s+(?:you|your\s+service)\s+(?:hold|have)\b", r"\bwhat\s+(?:you|your\s+service|the\s+service|children'?s\s+services)\s+(?:know|hold|have)",
    r"\b(?:case|file)\s+(?:is\s+)?(?:still\s+)?(?:open|closed)\b", r"\bsupport\s+(?:was|has\s+been|you)\s+(?:provided|offered|given)",
    r"\bconcerns?\s+(?:you|your\s+service)\s+(?:have|hold|had)", r"\bcheck\s+(?:your|the)\s+(?:records|system)",
    r"\bwho\s+(?:the|his|her|their)\s+(?:worker|social)", r"\bprevious\s+(?:involvement|referrals?|concerns?)",
)  # fmt: skip
_SENDS = _rx(
    r"please\s+find\s+(?:attached|enclosed)", r"\bfor\s+your\s+(?:records|file|information|attention)\b",
    r"\bi\s+am\s+writing\s+to\s+(?:let|inform|update|confirm|advise|share|tell)", r"\bjust\s+to\s+let\s+you\s+know\b",
    r"\b(?:attached|enclosed)\s+(?:is|are|please)", r"\bfyi\b", r"\bupdat(?:e|ed|ing)\b", r"\breport\s+attached\b",
    r"\bpass\s+(?:this|it)\s+(?:on\s+)?to\b", r"\bletting\s+you\s+know\b", r"\bwe\s+are\s+worried\b",
)  # fmt: skip
_MEDICAL = _rx(
    r"\bdiagnos", r"\bdischarge\s+summary\b", r"\bclinic\b", r"\bpaediatric", r"\bconsultant\b",
    r"\bnhs\s+(?:no|number)\b", r"\bward\b", r"\ba\s*&\s*e\b", r"\bcamhs\b", r"\btherap", r"\bmedication\b",
    r"\bprescri", r"\bx-?ray\b", r"\bfracture\b", r"\bimmunis", r"\bdevelopmental\s+review\b",
    r"\bspeech\s+and\s+language\b", r"\boutpatient", r"\bsymptom", r"\bassessment\s+report\b",
    r"\bclinical\b", r"\bhealth\s+visitor\b", r"\bdental\b", r"\bdentist\b", r"\bgp\b", r"\bhospital\b",
)  # fmt: skip
_COMMERCIAL = _rx(
    r"\binvoice\b", r"\bunsubscribe\b", r"\b(?:special\s+)?offer\b", r"\bdiscount\b", r"\bpayment\b",
    r"\border\b", r"\bwebinar\b", r"\bnewsletter\b", r"\bmarketing\b", r"\bfree\s+trial\b", r"\bpassword\b",
    r"\bverify\s+your\b", r"\bcouncil\s+tax\b", r"\bparking\b", r"\bquote\b", r"\bSEO\b", r"\bprice",
    r"\bGBP\b", r"£\s?\d", r"\bthis\s+week\s+only\b", r"\bclearance\b", r"\bsale\b", r"\bclick\s+here\b",
    r"\blimited\s+time\b", r"\bbook\s+(?:now|today)\b", r"\bdeals?\b", r"\bdelivery\b", r"\bsubscription\b",
)  # fmt: skip


_SENDER_KINDS = (
    ("zzfromhealth", re.compile(r"(?:^|\.)nhs\.(?:net|uk)$|(?:^|\.)nhs\.scot$|hscni\.net$")),
    ("zzfrompolice", re.compile(r"(?:^|\.)police\.uk$")),
    ("zzfromcafcass", re.compile(r"cafcass\.gov\.uk$")),
    ("zzfromprobation", re.compile(r"probation|justice\.gov\.uk$")),
    ("zzfromschool", re.compile(r"\.sch\.uk$|school|academy|college")),
    ("zzfromcouncil", re.compile(r"\.gov\.uk$")),
    ("zzfromcommercial", re.compile(r"\.(?:com|biz|net|io|co|info)$")),
)
_DOB_FEATURE_RE = re.compile(r"\b(?:d\.?o\.?b|date\s+of\s+birth|born)\b", re.I)


def sender_tokens(sender: str | None) -> list[str]:
    """What kind of organisation sent it, from the From domain (a health trust, a police force)."""
    domain = sender.rsplit("@", 1)[-1].lower().strip(" >") if sender and "@" in sender else ""
    for token, pattern in _SENDER_KINDS:
        if domain and pattern.search(domain):
            return [token]
    return ["zzfromother"] if domain else []


def feature_tokens(text: str) -> list[str]:
    """Tokens naming the rule signals present, for the category model."""
    tokens: list[str] = []
    asked = request_sentences(text)
    if asked is not text and _ASKS_CSC.search(asked):
        tokens.append("zzasksknown")
    if _SENDS.search(text):
        tokens.append("zzsends")
    if len(_MEDICAL.findall(text)) >= 2:
        tokens.append("zzmedical")
    if len(_COMMERCIAL.findall(text)) >= 2:
        tokens.append("zzcommercial")
    if concern(text):
        tokens.append("zzconcern")
    if _DOB_FEATURE_RE.search(text):
        tokens.append("zzdob")
    return tokens
