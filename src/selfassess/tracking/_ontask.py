"""Time on task: self-ratings after timed intervals, growing intervals, habits.

A student works for a timed interval (5-10 minutes at first), then rates their own
on-task behaviour on a small scale; as they succeed the intervals grow toward 30-60
minutes. Nothing here keeps time: a plan is values (start, growth rule, maximum), and
a session is the intervals as they happened.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction

import attrs

from selfassess._numbers import mean, mean_of
from selfassess._repr import short_repr
from selfassess._scales import THREE_FACES, Level, Scale
from selfassess._validate import (
    MAX_MINUTES,
    Checker,
    integer_field,
    number_field,
    shown,
    to_tuple,
)
from selfassess.language import Catalog, catalog_for
from selfassess.tracking._common import as_list

__all__ = [
    "ON_TASK_FOUR",
    "ON_TASK_SCALES",
    "GrowthRule",
    "Interval",
    "IntervalPlan",
    "OnTaskHistory",
    "OnTaskSession",
    "OnTaskSummary",
    "WorkHabitFocus",
    "WorkHabitGoal",
    "summarize_on_task",
    "work_times",
]

ON_TASK_FOUR = Scale(
    id="on-task-four",
    name="On-task self-rating",
    levels=(
        Level(
            points=1, label="Off task", description="I was off task most of the time."
        ),
        Level(
            points=2,
            label="Sometimes on task",
            description="I was on task some of the time.",
        ),
        Level(
            points=3,
            label="Mostly on task",
            description="I was on task most of the time.",
            mastery=True,
        ),
        Level(
            points=4,
            label="On task",
            description="I was on task the whole time.",
            mastery=True,
        ),
    ),
)
"""The built-in 1-4 on-task self-rating: 1 off task, 2 sometimes, 3 mostly, 4 the
whole time. An interval counts as on task from 3."""

ON_TASK_SCALES: tuple[Scale, ...] = (ON_TASK_FOUR, THREE_FACES)
"""The built-in scales for on-task self-ratings: `ON_TASK_FOUR` and the core's
three faces (`selfassess.THREE_FACES`), where the smile counts as on task."""


def _on_task(scale: Scale, rating: float) -> bool:
    # An interval is on task when its rating is at or above the scale's mastery cut:
    # 3 on the 1-4 scale, the smile on the faces.
    return rating >= scale.cuts.mastered


@attrs.frozen(kw_only=True)
class GrowthRule:
    """When an interval plan lengthens, and when it steps back.

    Attributes:
        after: How many on-task intervals in a row lengthen the interval; at least 1.
        add_minutes: How many minutes each lengthening adds; at least 1.
        back_off_after: How many off-task intervals in a row shorten it again by
            ``add_minutes`` (never below the plan's start); ``None`` never shortens.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    after: int = integer_field(minimum=1, default=3)
    add_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES, default=5)
    back_off_after: int | None = integer_field(minimum=1, optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class IntervalPlan:
    """How long a student's intervals are, and how they grow with success.

    The rule follows the time-on-task practice: a timer of 5-10 minutes at first,
    growing toward 30-60 minutes as the student succeeds. The interval starts at
    ``start_minutes``. After every ``growth.after`` on-task
    intervals in a row it grows by ``growth.add_minutes``, never beyond
    ``maximum_minutes``; with ``growth.back_off_after`` set, that many off-task
    intervals in a row shorten it by the same step, never below the start. Each
    change starts the count again.

    Attributes:
        start_minutes: The first interval's length; at least 1.
        maximum_minutes: The longest an interval grows; at least the start.
        growth: The growth rule.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.

    Example:
        >>> plan = IntervalPlan(start_minutes=5, maximum_minutes=15,
        ...                     growth=GrowthRule(after=2, add_minutes=5))
        >>> plan.lengths([True, True, True, True, True, True])
        (5, 5, 10, 10, 15, 15, 15)
    """

    __repr__ = short_repr

    start_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    maximum_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    growth: GrowthRule = GrowthRule()

    def __attrs_post_init__(self) -> None:
        check = Checker()
        minutes = check.declared(self)
        if (
            minutes["maximum_minutes"]
            and minutes["start_minutes"]
            and self.maximum_minutes < self.start_minutes
        ):
            check.add(
                "maximum_minutes",
                f"must be at least start_minutes ({self.start_minutes}) "
                f"(got {self.maximum_minutes})",
            )
        check.instance("growth", self.growth, GrowthRule)
        check.done()

    def lengths(self, on_task: Iterable[bool]) -> tuple[int, ...]:
        """Return the length of each interval, and of the next, given the outcomes.

        Args:
            on_task: Whether each interval so far was on task, oldest first.

        Returns:
            The length of each interval in turn, then that of the next one, so
            always one more than the outcomes.

        Raises:
            ArgumentTypeError: If *on_task* is not a list.
            InvalidDataError: If an outcome is not ``True`` or ``False``.
        """
        outcomes = as_list(on_task, "on_task")
        check = Checker(arguments=True)
        for index, outcome in enumerate(outcomes):
            check.boolean(f"on_task[{index}]", outcome)
        check.done()
        rule = self.growth
        length = self.start_minutes
        found = [length]
        good = bad = 0
        for outcome in outcomes:
            if outcome:
                good, bad = good + 1, 0
                if good >= rule.after:
                    length = min(length + rule.add_minutes, self.maximum_minutes)
                    good = 0
            else:
                good, bad = 0, bad + 1
                if rule.back_off_after is not None and bad >= rule.back_off_after:
                    length = max(length - rule.add_minutes, self.start_minutes)
                    bad = 0
            found.append(length)
        return tuple(found)

    def next_minutes(self, on_task: Iterable[bool]) -> int:
        """Return the length of the next interval, given the outcomes so far.

        Raises:
            ArgumentTypeError: If *on_task* is not a list.
            InvalidDataError: If an outcome is not ``True`` or ``False``.
        """
        return self.lengths(on_task)[-1]


@attrs.frozen(kw_only=True)
class Interval:
    """One timed interval and the student's rating of it.

    Attributes:
        minutes: How long it was; at least 1.
        rating: The student's self-rating, the points of a level of the session's
            scale.
        teacher_rating: The teacher's rating of the same interval, for calibration,
            if they gave one.
        note: A note, such as what the student was working on.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    rating: float = number_field()
    teacher_rating: float | None = number_field(optional=True, default=None)
    note: str = ""

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.text("note", self.note, empty=True)
        check.done()


@attrs.frozen(kw_only=True)
class OnTaskSession:
    """One sitting (an hour, say) of timed intervals, each rated by the student.

    Attributes:
        id: A short identifier.
        student: The student's id.
        held_on: The day.
        intervals: The intervals, in order.
        scale: The scale the ratings are on: `ON_TASK_FOUR` by default, or
            `selfassess.THREE_FACES`. Every rating, the teacher's too, must be the
            points of one of its levels.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem, such as
            ``intervals[1].minutes: must be at least 1 (got 0)``.
    """

    __repr__ = short_repr

    id: str
    student: str
    held_on: date
    intervals: tuple[Interval, ...] = attrs.field(converter=to_tuple)
    scale: Scale = ON_TASK_FOUR

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.identifier("id", self.id)
        check.identifier("student", self.student)
        check.day("held_on", self.held_on)
        scale_ok = check.instance("scale", self.scale, Scale)
        if (
            check.items(
                "intervals",
                self.intervals,
                Interval,
            )
            and scale_ok
        ):
            points = {level.points for level in self.scale.levels}
            known = ", ".join(f"{p:g}" for p in sorted(points))
            for index, interval in enumerate(self.intervals):
                for field in ("rating", "teacher_rating"):
                    value = getattr(interval, field)
                    if value is not None and value not in points:
                        check.add(
                            f"intervals[{index}].{field}",
                            f"must be the points of a level of {shown(self.scale.id)} "
                            f"({known}) (got {shown(value)})",
                        )
        check.done()

    @property
    def on_task(self) -> tuple[bool, ...]:
        """Whether each interval was on task, by the student's rating."""
        return tuple(_on_task(self.scale, i.rating) for i in self.intervals)

    @property
    def on_task_share(self) -> float | None:
        """The share of intervals the student rated on task; ``None`` if none."""
        if not self.intervals:
            return None
        return sum(self.on_task) / len(self.intervals)

    @property
    def minutes(self) -> int:
        """The minutes of all intervals."""
        return sum(interval.minutes for interval in self.intervals)


@attrs.frozen(kw_only=True)
class OnTaskHistory:
    """A student's on-task sessions over the days, with their interval plan.

    Attributes:
        student: The student's id.
        plan: The interval plan.
        sessions: The sessions, oldest first; ids unique; all the student's, all on
            the same scale.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    student: str
    plan: IntervalPlan
    sessions: tuple[OnTaskSession, ...] = attrs.field(default=(), converter=to_tuple)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        student_ok = check.identifier("student", self.student)
        check.instance("plan", self.plan, IntervalPlan)
        if check.items("sessions", self.sessions, OnTaskSession):
            check.unique("sessions", self.sessions, lambda s: s.id, "id")
            for index, session in enumerate(self.sessions):
                path = f"sessions[{index}]"
                if student_ok and session.student != self.student:
                    check.add(
                        f"{path}.student",
                        f"must be {shown(self.student)} (got {shown(session.student)})",
                    )
                if index and session.held_on < self.sessions[index - 1].held_on:
                    check.add(
                        f"{path}.held_on",
                        "must not be before the session before it "
                        f"({self.sessions[index - 1].held_on.isoformat()}) "
                        f"(got {session.held_on.isoformat()})",
                    )
                if index and session.scale != self.sessions[0].scale:
                    check.add(
                        f"{path}.scale",
                        f"must be the scale of sessions[0] "
                        f"({shown(self.sessions[0].scale.id)}) (got {shown(session.scale.id)})",
                    )
        check.done()

    @property
    def on_task(self) -> tuple[bool, ...]:
        """Whether each interval of every session was on task, oldest first."""
        return tuple(flag for session in self.sessions for flag in session.on_task)

    def next_minutes(self) -> int:
        """The length of the next interval by the plan, from every outcome so far."""
        return self.plan.next_minutes(self.on_task)


class WorkHabitFocus(enum.Enum):
    """What a suggested work-habit goal is about."""

    START_RATING = "start_rating"
    """With no rated interval yet, start rating every interval."""
    RAISE_SHARE = "raise_share"
    """With the latest on-task share below the target, raise it."""
    LENGTHEN_INTERVALS = "lengthen_intervals"
    """With the share at the target, stay on task for longer intervals."""
    SUSTAIN = "sustain"
    """With the share at the target at the longest interval, keep it up."""


@attrs.frozen(kw_only=True)
class WorkHabitGoal:
    """A work-habit goal suggested by the on-task data, in the student's words.

    Attributes:
        focus: What the goal is about.
        statement: The goal as the student would write it.
        target_share: The share of intervals on task aimed for, in [0, 1].
        target_minutes: The interval length aimed for, in minutes; at least 1.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    focus: WorkHabitFocus
    statement: str
    target_share: float = number_field(minimum=0, maximum=1)
    target_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.member("focus", self.focus, WorkHabitFocus)
        check.text("statement", self.statement)
        check.declared(self)
        check.done()


@attrs.frozen(kw_only=True)
class OnTaskSummary:
    """The figures of a student's on-task history and the goal they suggest.

    Attributes:
        sessions: How many sessions.
        intervals: How many intervals over all sessions.
        share: The share of all intervals rated on task, or ``None`` if none.
        latest_share: The latest session's share (the latest with intervals), or
            ``None``.
        trend: The change in share per session: the ordinary least-squares slope of
            the shares of the sessions with intervals against their order (0, 1,
            2, ...); ``None`` with fewer than two.
        next_minutes: The next interval's length by the plan.
        paired: How many intervals the teacher rated too.
        agreement: The share of paired intervals where student and teacher agree on
            on task or not; ``None`` if none is paired.
        mean_difference: The mean of the student's rating minus the teacher's over
            paired intervals (above 0: the student rates higher); ``None`` if none.
        goal: The suggested work-habit goal.

    Raises:
        InvalidDataError: If a field breaks its rule, listing every problem.
    """

    __repr__ = short_repr

    sessions: int = integer_field()
    intervals: int = integer_field()
    next_minutes: int = integer_field(minimum=1, maximum=MAX_MINUTES)
    goal: WorkHabitGoal
    share: float | None = number_field(
        optional=True, default=None, minimum=0, maximum=1
    )
    latest_share: float | None = number_field(
        optional=True, default=None, minimum=0, maximum=1
    )
    trend: float | None = number_field(optional=True, default=None)
    paired: int = integer_field(default=0)
    agreement: float | None = number_field(
        optional=True, default=None, minimum=0, maximum=1
    )
    mean_difference: float | None = number_field(optional=True, default=None)

    def __attrs_post_init__(self) -> None:
        check = Checker()
        check.declared(self)
        check.instance("goal", self.goal, WorkHabitGoal)
        check.done()


def _slope(values: Sequence[float]) -> float | None:
    """Ordinary least-squares slope of *values* against 0, 1, 2, ...; None if < 2."""
    count = len(values)
    if count < 2:
        return None
    mean_x = (count - 1) / 2
    mean_y = sum(values) / count
    spread = sum((x - mean_x) ** 2 for x in range(count))
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / spread


def summarize_on_task(
    history: OnTaskHistory,
    *,
    target_share: float = 0.8,
    language: str | Catalog | None = None,
) -> OnTaskSummary:
    """Sum up a student's on-task history and suggest the next work-habit goal.

    The goal follows the first rule that applies:

    1. no rated interval yet: start rating every interval
       (`WorkHabitFocus.START_RATING`);
    2. the latest session's share is below *target_share*: raise it to the next
       tenth above it (0.55 aims for 0.6), never above the target
       (`WorkHabitFocus.RAISE_SHARE`);
    3. the next interval is shorter than the plan's maximum: hold the target share
       over intervals one growth step longer (`WorkHabitFocus.LENGTHEN_INTERVALS`);
    4. otherwise keep the target share at the longest interval
       (`WorkHabitFocus.SUSTAIN`).

    The default target of 80 % of intervals on task is the mastery criterion common
    in classroom behaviour goals (an 80 % criterion); set your own. The trend is the
    ordinary least-squares slope of the sessions' shares.

    The goal's statement is the child's own words, so a share reads as a count of
    work times ("8 of my 10 work times", see `work_times`), never as a percentage;
    the summary's figures and ``goal.target_share`` keep the share for the teacher.

    Args:
        history: The student's sessions and interval plan.
        target_share: The share of intervals on task the goal aims at, in (0, 1].
        language: The language of the goal's statement: a tag such as ``"es"``, a
            `~selfassess.language.Catalog`, or ``None`` for English.

    Returns:
        The figures and the suggested goal.

    Raises:
        ArgumentTypeError: If *history* is not an `OnTaskHistory`, *target_share*
            not a number, or *language* not a tag, a catalog or ``None``.
        InvalidDataError: If *target_share* is not in (0, 1].
        NotFoundError: If no catalog has the *language*.

    Example:
        >>> from datetime import date
        >>> plan = IntervalPlan(start_minutes=10, maximum_minutes=30)
        >>> day = OnTaskSession(id="mon", student="ana", held_on=date(2026, 10, 12),
        ...     intervals=[Interval(minutes=10, rating=r) for r in (1, 2, 3, 4)])
        >>> history = OnTaskHistory(student="ana", plan=plan, sessions=[day])
        >>> summarize_on_task(history).goal.statement
        'I will be on task in 6 of my 10 work times (10 minutes each).'
        >>> summarize_on_task(history, language="es").goal.statement
        'Voy a trabajar en mi tarea en 6 de mis 10 momentos de trabajo (de 10 minutos cada uno).'
    """
    check = Checker(arguments=True)
    check.instance("history", history, OnTaskHistory)
    if check.number("target_share", target_share, minimum=0, maximum=1) and (
        target_share == 0
    ):
        check.add("target_share", "must be greater than 0 (got 0)")
    if language is not None and not isinstance(language, (str, Catalog)):
        check.kind(
            "language",
            f"must be a language tag, a Catalog or None (got {shown(language)})",
        )
    check.done()
    catalog = catalog_for(language)
    shares = [
        share
        for share in (session.on_task_share for session in history.sessions)
        if share is not None
    ]
    flags = history.on_task
    share = mean(flags)
    latest = shares[-1] if shares else None
    pairs = [
        (interval.rating, interval.teacher_rating, session.scale)
        for session in history.sessions
        for interval in session.intervals
        if interval.teacher_rating is not None
    ]
    agreement = mean_difference = None
    if pairs:
        agreement = mean_of(
            [
                _on_task(scale, mine) == _on_task(scale, theirs)
                for mine, theirs, scale in pairs
            ]
        )
        mean_difference = mean_of([mine - theirs for mine, theirs, _ in pairs])
    plan = history.plan
    next_minutes = history.next_minutes()
    goal = _goal(plan, latest, next_minutes, float(target_share), catalog)
    return OnTaskSummary(
        sessions=len(history.sessions),
        intervals=len(flags),
        share=share,
        latest_share=latest,
        trend=_slope(shares),
        next_minutes=next_minutes,
        paired=len(pairs),
        agreement=agreement,
        mean_difference=mean_difference,
        goal=goal,
    )


def work_times(share: float) -> tuple[int, int]:
    """Return a share of work times as a count a child reads: ``(8, 10)`` for 0.8.

    A child's goal says "8 of my 10 work times", never "80 % of my intervals". The
    count is of ten work times when the share is a whole number of tenths (0.8 is 8
    of 10, not 4 of 5, so that goals compare at a glance); else of the fewest work
    times, up to 20, that give the share exactly (0.75 is 3 of 4, 0.85 is 17 of
    20); else of ten, rounded up, so that the words never ask for less than the
    share (0.333 is 4 of 10).

    Args:
        share: The share of work times, from 0 to 1.

    Returns:
        The count and the total.

    Raises:
        ArgumentTypeError: If *share* is not a number.
        InvalidDataError: If *share* is not from 0 to 1.

    Example:
        >>> work_times(0.8), work_times(0.75), work_times(1)
        ((8, 10), (3, 4), (10, 10))
    """
    check = Checker(arguments=True)
    check.number("share", share, minimum=0, maximum=1)
    check.done()
    tenths = share * 10
    if abs(tenths - round(tenths)) < 1e-9:
        return round(tenths), 10
    near = Fraction(share).limit_denominator(20)
    if abs(float(near) - share) < 1e-9:
        return near.numerator, near.denominator
    return math.ceil(tenths - 1e-9), 10


def _in_work_times(catalog: Catalog, share: float) -> str:
    count, total = work_times(share)
    return catalog.text("base.work_times", count=count, total=total)


def _goal(
    plan: IntervalPlan,
    latest: float | None,
    minutes: int,
    target: float,
    catalog: Catalog,
) -> WorkHabitGoal:
    if latest is None:
        return WorkHabitGoal(
            focus=WorkHabitFocus.START_RATING,
            statement=catalog.text("supports.on_task.start", minutes=minutes),
            target_share=target,
            target_minutes=minutes,
        )
    if latest < target:
        # The next tenth above the latest share: small steps a student can reach.
        aim = min(target, (math.floor(latest * 10 + 1e-9) + 1) / 10)
        return WorkHabitGoal(
            focus=WorkHabitFocus.RAISE_SHARE,
            statement=catalog.text(
                "supports.on_task.raise",
                work_times=_in_work_times(catalog, aim),
                minutes=minutes,
            ),
            target_share=aim,
            target_minutes=minutes,
        )
    if minutes < plan.maximum_minutes:
        longer = min(minutes + plan.growth.add_minutes, plan.maximum_minutes)
        return WorkHabitGoal(
            focus=WorkHabitFocus.LENGTHEN_INTERVALS,
            statement=catalog.text(
                "supports.on_task.lengthen",
                work_times=_in_work_times(catalog, target),
                minutes=longer,
            ),
            target_share=target,
            target_minutes=longer,
        )
    return WorkHabitGoal(
        focus=WorkHabitFocus.SUSTAIN,
        statement=catalog.text(
            "supports.on_task.sustain",
            work_times=_in_work_times(catalog, target),
            minutes=minutes,
        ),
        target_share=target,
        target_minutes=minutes,
    )
