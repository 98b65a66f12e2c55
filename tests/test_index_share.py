"""A build's steps shared between a worker process and this one (bot/index/parts.py `_share`): every
task done once, wherever it was done, and the results in task order."""

from __future__ import annotations

import pytest

from bot.index import parts


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_every_task_is_done_once_and_given_in_order(workers: int) -> None:
    tasks = [[i, -i, 10 * i] for i in range(40)]
    given: list[list[int]] = []
    ran: list[int] = []
    pool = parts._Pool(workers)
    try:
        # `sorted` runs in the worker processes as well as here; here it is noted as it runs.
        got = parts._share(pool, sorted, (), tasks, meanwhile=lambda: ran.append(-1), each=given.append)
    finally:
        pool.close()
    assert got == [sorted(t) for t in tasks]
    assert given == got
    assert ran == [-1]


def test_without_parallel_everything_is_done_here() -> None:
    pool = parts._Pool(2)
    try:
        assert parts._share(pool, sorted, (), [[2, 1], [4, 3]], parallel=False) == [[1, 2], [3, 4]]
        assert pool._pool is None  # no worker process was started
    finally:
        pool.close()


def test_a_worker_that_was_not_sent_the_shared_arguments_says_so() -> None:
    parts._shared.clear()
    with pytest.raises(parts._Unshared):
        parts._task(sorted, 10**9, None, [2, 1])
    assert parts._task(sorted, 10**9, parts.pickle.dumps(()), [2, 1]) == [1, 2]
    assert parts._task(sorted, 10**9, None, [4, 3]) == [3, 4]  # the phase's arguments, kept
    parts._shared.clear()
