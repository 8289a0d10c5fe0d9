"""Start child processes one way: forked by `multiprocessing`, ending with their parent.

Every Python child (the content check, the search index process, its
helpers, ingest's workers) starts here: `start_process` for a long-lived
child that talks through queues and pipes, `Forked` for a function whose
result comes back, `process_pool` for a pool that maps work over files.
Children are forked (they inherit data too large to pickle: the search index
being written) from an explicit `fork` context, never the platform default,
and each one first arranges to die with its parent (`die_with_parent`), so a
build killed with SIGKILL leaves no process behind that goes on writing.

Forking a process that runs threads warns from Python 3.12 on (the child
gets a copy of locks other threads may hold): the build forks before it
starts any thread of its own, and `can_fork` is False where `fork` does not
exist (Windows), where callers do the work in process instead.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import multiprocessing
import multiprocessing.util  # registers its exit handler before ours (below)
import os
import pickle
import signal
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

# Linux's prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
# How often a child without prctl looks whether its parent is still there.
_PARENT_POLL_SECONDS = 0.5


def can_fork() -> bool:
    """Return whether children can be forked here (not on Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _set_parent_death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        # The running program's own symbols hold libc's (find_library would
        # run `ldconfig` in every child).
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def die_with_parent(parent_pid: int) -> None:
    """Make this child process end as soon as `parent_pid`, its parent, does."""
    if _set_parent_death_signal():
        # The parent may have died before the signal was asked for.
        if os.getppid() != parent_pid:
            os._exit(1)
        return
    # Elsewhere a thread polls: a child that forks again may warn about it.
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


def _guarded(parent_pid: int, target: Callable, args: tuple) -> None:
    die_with_parent(parent_pid)
    target(*args)


# Children still running, stopped at exit should their owner not have.
_running: weakref.WeakSet = weakref.WeakSet()


@atexit.register  # after multiprocessing's: runs first, before it joins children
def _stop_children() -> None:
    for process in list(_running):
        with contextlib.suppress(Exception):
            if process.is_alive():
                process.kill()
                process.join()


def start_process(
    target: Callable, *args: object, name: str
) -> multiprocessing.Process:
    """Start `target(*args)` in a forked child that dies with this process.

    The child is not a `daemon` in multiprocessing's sense (daemons may not
    start children of their own): it is killed at this process's exit if
    still running, and by the kernel (or its own watch) if this one is killed.
    """
    context = multiprocessing.get_context("fork")
    process = context.Process(
        target=_guarded, args=(os.getpid(), target, args), name=name
    )
    process.start()
    _running.add(process)
    return process


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` forked children that die with this process.

    Forked, not spawned: workers inherit what the parent loaded before the
    pool started (the title model), instead of loading it once each.
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )


class Forked:
    """Call `function(*args)` in a forked child; `result()` waits for it.

    The result comes back pickled through a pipe (`pickle.dump` streams it,
    where a `Connection` would hold a second copy). An exception in the child
    of one of the `passes` types (a `BuildError` naming bad files) is raised
    again by `result()`; any other makes it raise RuntimeError(`failure`),
    naming the child's error. `close()` stops a child whose result was never
    taken (on an error in this process).
    """

    def __init__(
        self,
        failure: str,
        function: Callable,
        *args: object,
        passes: tuple[type[BaseException], ...] = (),
    ):
        self.failure = failure
        self.passes = passes
        self._outcome: tuple | None = None
        read_end, write_end = os.pipe()
        try:
            self.process = start_process(
                _send_result,
                write_end,
                function,
                args,
                name=f"hoptac-{getattr(function, '__name__', 'forked')}",
            )
        finally:
            os.close(write_end)
        self.pipe = os.fdopen(read_end, "rb")

    def result(self) -> object:
        """Wait for the child; return its result (again on later calls)."""
        if self._outcome is None:
            data = self.pipe.read()
            self.pipe.close()
            self.process.join()
            with contextlib.suppress(Exception):
                self._outcome = pickle.loads(data)
            if self.process.exitcode != 0 or not isinstance(self._outcome, tuple):
                self._outcome = (False, RuntimeError(self.failure))
        succeeded, value = self._outcome
        if succeeded:
            return value
        if isinstance(value, self.passes) or value.args == (self.failure,):
            raise value
        raise RuntimeError(
            f"{self.failure}: {type(value).__name__}: {value}"
        ) from value

    def close(self) -> None:
        """Stop the child if it still runs (its result is then never taken)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.pipe.close()


def _send_result(write_end: int, function: Callable, args: tuple) -> None:
    with os.fdopen(write_end, "wb") as pipe:
        try:
            outcome: tuple = (True, function(*args))
        except Exception as exc:
            try:
                pickle.dumps(exc)
            except Exception:
                traceback.print_exc()
                raise
            outcome = (False, exc)
        pickle.dump(outcome, pipe, protocol=pickle.HIGHEST_PROTOCOL)
