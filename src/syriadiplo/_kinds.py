"""Closed vocabularies of the JSON contract, as string enums.

Each enum's values are exactly the strings that ``SPEC.md`` puts in the JSON,
so ``Kind("killed")`` reads a JSON value and ``str(kind)`` writes it back.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActorKind",
    "CasualtyKind",
    "DateKind",
    "MeetingMode",
    "MeetingStatus",
    "Qualifier",
    "QuantityKind",
    "StatementKind",
    "Victims",
]


class StatementKind(StrEnum):
    """How a statement reports speech."""

    DIRECT = "direct"
    """A quotation standing for the speaker's own words."""
    PARTIAL = "partial"
    """Quoted segments embedded in a reporting sentence."""
    INDIRECT = "indirect"
    """Reported speech with no quotation marks (``X a estimé que…``)."""


class ActorKind(StrEnum):
    """What sort of party an actor is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    GROUP = "group"


class CasualtyKind(StrEnum):
    """The harm a casualty figure counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    CASUALTIES = "casualties"
    MISSING = "missing"
    ABDUCTED = "abducted"
    DETAINED = "detained"
    DISPLACED = "displaced"
    REFUGEES = "refugees"
    EVACUATED = "evacuated"
    BESIEGED = "besieged"
    AFFECTED = "affected"


class Victims(StrEnum):
    """The group a casualty figure counts; ``people`` when none is named."""

    CIVILIANS = "civilians"
    CHILDREN = "children"
    WOMEN = "women"
    MEN = "men"
    RESCUERS = "rescuers"
    MEDICAL = "medical"
    JOURNALISTS = "journalists"
    AID_WORKERS = "aid_workers"
    SOLDIERS = "soldiers"
    REBELS = "rebels"
    JIHADISTS = "jihadists"
    FIGHTERS = "fighters"
    PEOPLE = "people"


class Qualifier(StrEnum):
    """How a written quantity bounds the true number."""

    EXACT = "exact"
    """``338`` — the number as given."""
    ABOUT = "about"
    """``près de 500``, ``une vingtaine`` — an approximation of ``value``."""
    AT_LEAST = "at_least"
    """``au moins 300`` — ``low`` is included."""
    MORE_THAN = "more_than"
    """``plus de 3 800`` — strictly above ``low``."""
    AT_MOST = "at_most"
    """``au plus 40`` — ``high`` is included."""
    UP_TO = "up_to"
    """``jusqu'à 119`` — as many as ``high``."""
    LESS_THAN = "less_than"
    """``moins de 50`` — strictly below ``high``."""
    RANGE = "range"
    """``entre 20 et 30`` — both bounds, no single value."""
    VAGUE = "vague"
    """``des centaines`` — no value, conventional bounds."""


class QuantityKind(StrEnum):
    """What a quantity mention counts, so extractors can skip what is not a count."""

    NUMBER = "number"
    """A cardinal: ``3 800``, ``huit``, ``une vingtaine``."""
    PERCENT = "percent"
    """``15 %``, ``vingt pour cent`` (``value`` is in percent)."""
    FRACTION = "fraction"
    """``la moitié``, ``un tiers`` (``value`` is a share of one)."""
    ORDINAL = "ordinal"
    """``premier``, ``3e``, ``dixième``."""
    YEAR = "year"
    """``2011`` in ``depuis 2011``."""
    TIME = "time"
    """``14h30``, ``10 h`` (``value`` in hours)."""
    DAY = "day"
    """The day of month in a date (``17`` of ``le 17 juillet``)."""


class DateKind(StrEnum):
    """The shape of a date expression."""

    DAY = "day"
    """A single day: ``lundi``, ``hier``, ``le 17 juillet``."""
    WEEK = "week"
    """``cette semaine``, ``la semaine dernière``."""
    MONTH = "month"
    """``en août``, ``en septembre 2015``."""
    MONTH_PART = "month_part"
    """``mi-août``, ``début octobre``, ``fin février``."""
    YEAR = "year"
    """``en 2014``."""
    SINCE = "since"
    """``depuis 2011``: from a point up to the reference date."""
    PERIOD = "period"
    """A duration read as a period: ``en une semaine``, ``ces trois derniers jours``."""


class MeetingMode(StrEnum):
    """The channel of a meeting."""

    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    WRITTEN = "written"
    UNSPECIFIED = "unspecified"


class MeetingStatus(StrEnum):
    """Whether a meeting happened, or where it stands."""

    HELD = "held"
    ONGOING = "ongoing"
    PLANNED = "planned"
    PROPOSED = "proposed"
    REQUESTED = "requested"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
