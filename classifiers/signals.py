"""Content signals from procedure 004 (urgency, consent, IRR level), 003 (concern) and 002 (form).

Each signal returns its value with the words that triggered it, so the decision's explanation
can say why. Patterns are plain regular expressions: these are short phrase families where a
pattern is clearer than a token matcher, and they run on the whole text in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Signal:
    value: str
    trigger: str  # the words that set it, trimmed


def _rx(*alternatives: str) -> re.Pattern[str]:
    # "\w+" in the phrase families also takes hyphenated and apostrophised words
    joined = "|".join(f"(?:{a})" for a in alternatives).replace(r"(?:\w+\s+)", r"(?:[\w'’-]+\s+)")
    return re.compile(joined, re.IGNORECASE)


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
    r"\btoday\b", r"\btomorrow\b", r"by\s+(?:close\s+of\s+play|end\s+of\s+(?:the\s+)?day|\d)",
    r"\bimmediate(?:ly)?\b", r"\bpriority\b", r"time[\s-]critical", r"without\s+delay",
)  # fmt: skip
_COURT_OR_CP = _rx(
    r"\bcourt\b", r"\bhearing\b", r"\bproceedings\b", r"\bjudge\b", r"\bdirection(?:s)?\b",
    rf"{_S7_S37}", r"child\s+protection\s+enquir", r"\bcp\s+enquir", r"\bfinal\s+analysis\b",
    r"\bemergency\s+protection\s+order\b", r"\bEPO\b",
)  # fmt: skip
_SIGNIFICANT_HARM = _rx(
    r"significant\s+harm", r"(?:immediate|serious|real|imminent)\s+(?:risk|danger)",
    r"at\s+risk\s+(?:of\s+harm|tonight|today|now)", r"\bsafe\s+to\s+return\b",
    r"\bsafety\s+plan", r"\bprotective\s+(?:action|measures)\b", r"\bwelfare\s+check\b",
    r"\bpolice\s+protection\b", r"\bmissing\s+(?:child|from\s+home)\b",
)  # fmt: skip


def urgency(text: str) -> Signal | None:
    """Urgent only by one of the four criteria; the word 'urgent' alone is not enough."""
    for reason, pattern in _URGENCY:
        hit = _first(pattern, text)
        if hit:
            return Signal(reason, hit)
    urgent_words = _first(_URGENT_WORDS, text)
    if urgent_words is None:
        return None
    court = _first(_COURT_OR_CP, text)
    if court:
        return Signal("court_or_cp_enquiry", f"{urgent_words} … {court}")
    harm = _first(_SIGNIFICANT_HARM, text)
    if harm:
        return Signal("significant_harm", f"{urgent_words} … {harm}")
    return None


# --- Consent (004: from a parent, a person with PR, or the child if 16 or over) ---------------
_WHO_PR = (
    r"(?:mum|mother|mam|dad|father|parents?|carers?|guardian|grand(?:mother|father|parents?)|"
    r"step-?(?:mum|dad|father|mother)|foster\s+carers?|person\s+with\s+(?:parental\s+responsibility|pr)|"
    r"(?:she|he|they)\s+(?:and|&)\s+(?:her|his|their)\s+(?:partner|husband|wife)|"
    r"family|applicant|ms\.?\s+\w+|mrs\.?\s+\w+|mr\.?\s+\w+|miss\s+\w+)"
)
_NEGATED = _rx(
    r"(?:not|never|n't|unable\s+to|no\s+longer)\s+(?:\w+\s+){0,4}?(?:obtain(?:ed)?|get|got|gained?|sought|given|provided|asked\s+for|received?|able\s+to\s+(?:obtain|get|gain))\s+(?:\w+\s+){0,3}?consent",
    r"\bno\s+(?:written\s+|verbal\s+|parental\s+)?consent\b",
    r"\bwithout\s+(?:\w+\s+){0,2}consent\b",
    r"consent\s+(?:\w+\s+){0,3}?(?:(?:was|has\s+been|is|were|had\s+been)\s+)?(?:refused|declined|withheld|withdrawn|not\s+(?:given|obtained|provided|been\s+given|forthcoming))",
    r"(?:refused|declined|withheld|withdrew|withdrawn|refuse|decline)\s+(?:to\s+(?:give|provide|sign)\s+)?(?:\w+\s+){0,2}consent",
    r"(?:yet\s+to|still\s+to|need\s+to|will)\s+(?:obtain|get|seek|ask\s+for)\s+consent",
    r"consent\s+(?:is\s+)?(?:still\s+)?(?:outstanding|pending|awaited|to\s+follow)",
    r"(?:do|does|did)\s*(?:not|n't)\s+(?:\w+\s+){0,2}(?:have|hold|want\s+to\s+give)\s+(?:\w+\s+){0,2}consent",
    r"not\s+(?:consented|agreed)",
)
_PROVIDED = _rx(
    r"consent\s+(?:\w+\s+){0,6}?(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+\s+){0,2}?(?:obtained|given|gained|provided|granted|signed|attached|enclosed|held|received|confirmed|in\s+place|recorded)",
    rf"{_WHO_PR}\s+(?:\w+\s+){{0,3}}?(?:has|have|had)\s+(?:\w+\s+){{0,2}}?(?:given|provided|signed|granted|agreed|confirmed)\s+(?:\w+\s+){{0,3}}?consent",
    rf"{_WHO_PR}\s+(?:\w+\s+){{0,3}}?(?:has|have|had)\s+(?:\w+\s+){{0,2}}?consented",
    rf"{_WHO_PR}\s+(?:consented|agreed\s+to\s+(?:us\s+)?(?:sharing|share|this\s+(?:request|check|enquiry)|the\s+(?:request|sharing)))",
    r"(?:with|have|hold|holds|got|obtained|gained)\s+(?:\w+\s+){0,3}?(?:written\s+|verbal\s+|signed\s+|parental\s+|informed\s+|full\s+)*consent\b(?!\s+form\s+(?:is\s+)?(?:not|missing))",
    r"consent\s+(?:form|letter|to\s+share)\s+(?:\w+\s+){0,3}?(?:attached|enclosed|included)",
    r"(?:attached|enclosed|attaching|enclosing)\s+(?:is\s+|are\s+|please\s+find\s+)?(?:\w+\s+){0,3}?consent",
    r"consent\s+(?:enclosed|attached|held|obtained|given|provided)\b",
    r"signed\s+consent",
    r"(?:has|have)\s+(?:agreed|consented)\s+to\s+(?:the\s+|this\s+)?(?:sharing|information\s+sharing|us\s+contacting|referral|check)",
)
_CHILD_CONSENT = _rx(
    r"\b(?:the\s+)?(?:young\s+person|child|pupil|student|(?:he|she))\s+(?:\(?aged\s+(?P<age>\d\d?)\)?\s+)?(?:has|have)\s+(?:\w+\s+){0,2}?(?:given|provided|signed)\s+(?:\w+\s+){0,2}consent",
    r"\b(?:the\s+)?(?:young\s+person|child|pupil|student|(?:he|she))\s+(?:\(?aged\s+\d\d?\)?\s+)?(?:has\s+)?consented",
    r"consent\s+(?:\w+\s+){0,4}?from\s+(?:the\s+)?(?:young\s+person|child|pupil|student|him|her|(?:him|her)self)\b",
)
_AGE_RE = re.compile(r"\b(?:aged?|is)\s+(\d\d?)\b|\b(\d\d?)[\s-]*(?:years?|yrs?)[\s-]*old\b", re.I)
_PR_CONSENT_HINT = _rx(
    r"\b(?:mum|mother|dad|father|parents?|carers?|guardian|parental)\b[^.\n]{0,80}consent",
    r"consent[^.\n]{0,80}\b(?:mum|mother|dad|father|parents?|carers?|guardian|parental)\b",
)


@dataclass(frozen=True, slots=True)
class ConsentSignal:
    value: str  # "provided", "negated"
    trigger: str
    from_child: bool = False
    child_age: int | None = None


def consent(text: str) -> ConsentSignal | None:
    """A statement that consent was obtained, or a negation of it.

    Where both appear, a positive statement later than every negation wins ("mum refused,
    but dad, who has PR, has since given consent"); one inside a negation is that negation.
    """
    negations = [m.span() for m in _NEGATED.finditer(text)]
    positives = [
        m for m in _PROVIDED.finditer(text)
        if not any(s <= m.start() < e or s < m.end() <= e for s, e in negations)
    ]  # fmt: skip
    child = _CHILD_CONSENT.search(text)
    if negations and not (positives and positives[-1].start() > negations[-1][0]):
        s, e = negations[-1]
        return ConsentSignal("negated", text[s:e].strip())
    if positives or child:
        if child and not _PR_CONSENT_HINT.search(text):
            age_match = _AGE_RE.search(text[max(0, child.start() - 200) : child.end() + 100])
            age = int(age_match.group(1) or age_match.group(2)) if age_match else None
            return ConsentSignal("provided", child.group(0).strip(), True, age)
        trigger = positives[0].group(0) if positives else (child.group(0) if child else "")
        return ConsentSignal("provided", trigger.strip())
    return None


# --- Consent basis: when consent is not required (004) ----------------------------------------
_BASES = [
    ("s47", _rx(rf"{_S47}\s*(?:enquir|investigat|strategy|\b)", r"child\s+protection\s+(?:enquiry|investigation)")),
    ("court_report", _rx(rf"{_S7_S37}\s*(?:report|direction|order|assessment|enquir|\b)", r"section\s+(?:7|37)\b", r"welfare\s+report")),
    ("plo_or_proceedings", _rx(r"\bPLO\b", r"public\s+law\s+outline", r"pre-?proceedings", r"care\s+proceedings", r"court\s+proceedings", r"\bproceedings\b", r"interim\s+care\s+order", r"supervision\s+order")),
    ("significant_harm", _SIGNIFICANT_HARM),
]  # fmt: skip


def consent_basis(text: str) -> Signal | None:
    """Which 004 basis makes consent unnecessary, the first of s47, court report, PLO, harm."""
    for basis, pattern in _BASES:
        hit = _first(pattern, text)
        if hit:
            return Signal(basis, hit)
    return None


# --- IRR level (004): level 1 asks only whether known, the allocated worker, or closure date ---
_LEVEL2 = _rx(
    r"\bhistory\b", r"\bbackground\b", r"\bchronolog", r"\binvolvement\b", r"reasons?\s+for",
    r"\bassessments?\b", r"\bplans?\b", r"\bconcerns?\b", r"\brisks?\b", r"\bsafeguarding\s+information\b",
    r"any\s+(?:relevant\s+|other\s+|further\s+|pertinent\s+)?(?:information|details|info)",
    r"(?:relevant|further|more|detailed|additional)\s+(?:information|details|info)",
    r"\bshare\s+(?:what|any)", r"what\s+(?:you\s+)?(?:know|hold|have)", r"\bprevious\s+(?:referrals?|contacts?|concerns?)",
    r"\breferrals?\b", r"\bsupport\s+(?:was\s+)?(?:offered|provided|in\s+place)", r"\bsiblings?\b",
    r"\bcp\s+plan", r"\bchild\s+protection\s+plan", r"\bcin\b", r"\bs\.?\s?47s?\b", r"\bsection\s*47\b",
    r"\bdomestic\s+(?:abuse|violence)", r"\bcheck(?:s)?\s+(?:on|against)\s+(?:the\s+)?(?:household|family|adults?)",
    r"\bsuitab", r"\bwhy\b", r"\bsummar", r"\bwhat\s+support",
)  # fmt: skip
_LEVEL1 = _rx(
    r"\bknown\s+to\s+(?:you|children'?s|social|csc|your)", r"\ballocated\s+(?:social\s+)?worker",
    r"\bsocial\s+worker\b", r"\bcontact\s+details\b", r"\bwho\s+(?:is|was)\s+(?:the|their|his|her)\b",
    r"\b(?:when|date)\b[^.?\n]{0,30}\bclosed\b", r"\bclos(?:ure|ing|ed)\s+date", r"\bis\s+(?:the\s+case|he|she|they)\s+open",
    r"\bopen\s+to\s+(?:you|children'?s|social|csc)", r"\bworker'?s?\s+(?:name|details|number|email)",
    r"\b(?:best|phone|contact|telephone|direct)\s+(?:number|line)", r"\bnumber\s+to\s+(?:ring|call)",
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
)


def request_sentences(text: str) -> str:
    """The sentences that ask for something; level is judged on what is asked, not context."""
    # mail clients wrap lines mid-sentence: join lines within a paragraph first
    unwrapped = "\n".join(p.replace("\n", " ") for p in _PARAGRAPH_BREAK_RE.split(text))
    asked = [s for s in _SENTENCE_RE.findall(unwrapped) if _REQUEST_RE.search(s)]
    return "\n".join(asked) if asked else text


def irr_level(text: str) -> tuple[int, str]:
    """1 when the request asks only level-1 questions; 2 otherwise (the safe default)."""
    text = request_sentences(text)
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
    r"domestic\s+(?:violence|abuse|incident)", r"self[\s-]?harm", r"\bsuicid", r"\bmissing\b",
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
_NO_CONCERN = _rx(r"no\s+(?:safeguarding\s+)?concerns?\b", r"no\s+injur", r"nothing\s+of\s+concern")


def concern(text: str) -> Signal | None:
    """The first concern phrase that is not itself negated."""
    for m in _CONCERN.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if re.search(r"\b(?:no|not|without|nor|never)\s+(?:\w+\s+)?$", before):
            continue
        return Signal("concern", m.group(0).strip())
    return None


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
