"""Placement: the earliest run of back-to-back conferences that fits, day after day.

`schedule_families` books one household at a time. A household's run is one
conference per child, each ``length`` long and ``step`` after the one before; each
conference needs some resources (its teacher, its room, an interpreter's language),
and a resource holds at most one conference at a time, ``gap`` minutes apart (the
passing time). A run must also fall within the day's hours and outside its breaks.

The run placed is the one at the earliest moment of the earliest day where it fits.
That moment is found without trying every moment: starting at the opening, a run
that clashes is moved just past what it clashes with (the end of a break, or the
end of a conference plus the passing time, less the steps of the children before),
and tried again there; every moment skipped is one where the run clashes. Each
resource's conferences of a day are kept in order of time, never overlapping, so a
clash is found by bisection. A day where a need cannot be met at all stays so as
more is booked, so each kind of need remembers the first day that may still hold
it, and no household tries the days before. With a day holding a bounded number
of conferences, the cost grows about as fast as the number of households. (Siblings
whose teachers each have room on a day, but not back to back, still try that day;
such days are few, at the edge of what is booked, unless a school makes many.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable
from datetime import datetime, timedelta

from selfassess.conference._signup import ConferenceDay, SignUpPlan

Resource = Hashable
"""Something a conference needs alone, such as ``("teacher", "okafor")``."""

Needs = tuple[tuple[Resource, ...], ...]
"""What each conference of a run needs, child by child."""


class _Day:
    """One conference day: its hours, its breaks and what each resource holds."""

    def __init__(self, day: ConferenceDay) -> None:
        self.opens = datetime.combine(day.day, day.starts)
        self.closes = datetime.combine(day.day, day.ends)
        self.pauses = [
            (
                datetime.combine(day.day, pause.starts),
                datetime.combine(day.day, pause.ends),
            )
            for pause in day.breaks
        ]
        # Each resource's conferences, as their starts and their ends in order of
        # time; they never overlap, so both lists are sorted.
        self.starts: dict[Resource, list[datetime]] = {}
        self.ends: dict[Resource, list[datetime]] = {}

    def free_after(
        self, resource: Resource, starts: datetime, ends: datetime, gap: timedelta
    ) -> datetime | None:
        """The earliest a conference could start again if this one clashes on *resource*.

        A conference clashes with one of the resource's when they come within
        *gap* of each other. Returns ``None`` when it does not clash; otherwise the
        end of the first conference it clashes with, plus *gap*.
        """
        held = self.ends.get(resource)
        if not held:
            return None
        # The first conference that ends (plus the gap) after this one starts is the
        # only one that can clash: those after it start later still.
        index = bisect_right(held, starts - gap)
        if index < len(held) and self.starts[resource][index] < ends + gap:
            return held[index] + gap
        return None

    def earliest(
        self, needs: Needs, length: timedelta, step: timedelta, gap: timedelta
    ) -> datetime | None:
        """The earliest start of a run that fits this day, or ``None``."""
        # A run longer than the day's hours fits nowhere; compared as spans, so that
        # no moment is computed before the day opens.
        run = (len(needs) - 1) * step + length
        if run > self.closes - self.opens:
            return None
        last = self.closes - run
        first = self.opens
        while first <= last:
            moved = first
            for number, resources in enumerate(needs):
                offset = number * step
                starts = first + offset
                ends = starts + length
                for pause_starts, pause_ends in self.pauses:
                    if starts < pause_ends and pause_starts < ends:
                        moved = max(moved, pause_ends - offset)
                for resource in resources:
                    free = self.free_after(resource, starts, ends, gap)
                    if free is not None:
                        moved = max(moved, free - offset)
            if moved == first:
                return first
            first = moved
        return None

    def book(self, resource: Resource, starts: datetime, ends: datetime) -> None:
        """Hold *resource* from *starts* to *ends*; the caller checked it is free."""
        held_starts = self.starts.setdefault(resource, [])
        index = bisect_left(held_starts, starts)
        held_starts.insert(index, starts)
        self.ends.setdefault(resource, []).insert(index, ends)


class Placement:
    """The days of a sign-up plan, and the runs booked on them so far.

    Args:
        plan: The days and the passing time; its lengths come with each run.
    """

    def __init__(self, plan: SignUpPlan) -> None:
        self._days = [_Day(day) for day in plan.days]
        self._gap = timedelta(minutes=plan.passing_minutes)
        self._passing = plan.passing_minutes
        # For each kind of need (a run's, or one conference's, with its length):
        # the index of the first day that may still hold it. The days before could
        # not, and booking more never frees a moment.
        self._first_day: dict[tuple[Needs, int], int] = {}

    def place(self, needs: Needs, minutes: int) -> list[datetime] | None:
        """Book a run at the earliest moment of the earliest day where it fits.

        Args:
            needs: What each conference needs, in the order of the run.
            minutes: Each conference's length.

        Returns:
            Each conference's start, or ``None`` (and nothing booked) when the run
            fits on no day.
        """
        length = timedelta(minutes=minutes)
        step = timedelta(minutes=minutes + self._passing)
        run = (needs, minutes)
        # A run fits a day only where each of its conferences alone would: the
        # first day each could still hold skips the days before for the run too.
        parts = (
            [((resources,), minutes) for resources in dict.fromkeys(needs)]
            if len(needs) > 1
            else []
        )
        index = self._first_day.get(run, 0)
        while True:
            index = max([index, *(self._advance(part, length, step) for part in parts)])
            if index >= len(self._days):
                self._first_day[run] = index
                return None
            day = self._days[index]
            first = day.earliest(needs, length, step, self._gap)
            if first is not None:
                self._first_day[run] = index
                return self._book(day, needs, first, length, step)
            index += 1

    def _advance(
        self, kind: tuple[Needs, int], length: timedelta, step: timedelta
    ) -> int:
        """The first day that may still hold *kind*, moved past the days that cannot."""
        index = self._first_day.get(kind, 0)
        while (
            index < len(self._days)
            and self._days[index].earliest(kind[0], length, step, self._gap) is None
        ):
            index += 1
        self._first_day[kind] = index
        return index

    @staticmethod
    def _book(
        day: _Day, needs: Needs, first: datetime, length: timedelta, step: timedelta
    ) -> list[datetime]:
        starts = [first + number * step for number in range(len(needs))]
        for resources, moment in zip(needs, starts, strict=True):
            for resource in resources:
                day.book(resource, moment, moment + length)
        return starts
