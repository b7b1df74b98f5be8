"""Every public type survives pickling and copying, under every pickle protocol.

Researchers hand models to worker processes (multiprocessing, joblib), which pickle
them, and keep them in caches that copy them.
"""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import STRATEGIES

TYPES = sorted(STRATEGIES, key=lambda kind: (kind.__module__, kind.__name__))


@pytest.mark.parametrize("kind", TYPES, ids=lambda kind: kind.__name__)
@given(data=st.data())
def test_pickle_and_copy(kind: type, data: st.DataObject) -> None:
    """pickle.loads(pickle.dumps(x, protocol)) == x for every protocol; so do copies."""
    value = data.draw(STRATEGIES[kind])
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(value, protocol))
        assert type(again) is kind
        assert again == value
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value
