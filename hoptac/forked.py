"""A function run by a forked process beside this one, its result handed back.

For work on data too large to pickle to a worker (the search index being
written): the child inherits this process's memory, and only the result comes
back, pickled through a pipe. `concurrent.futures` would pickle the arguments.
"""

from __future__ import annotations

import os
import pickle
import signal
import traceback
from collections.abc import Callable


class Forked:
    """Call `function(*args)` in a forked process; `result()` waits for it.

    An exception in the child is printed there, and `result()` raises
    RuntimeError(`failure`). `close()` stops a child whose result was never
    taken (on an error in this process).
    """

    def __init__(self, failure: str, function: Callable, *args: object):
        self.failure = failure
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child runs, sends, and exits
            status = 1
            try:
                os.close(read_end)
                value = function(*args)
                with os.fdopen(write_end, "wb") as pipe:
                    pickle.dump(value, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(status)
        os.close(write_end)
        self.pipe = os.fdopen(read_end, "rb")

    def result(self) -> object:
        data = self.pipe.read()
        self.pipe.close()
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0:
            raise RuntimeError(self.failure)
        return pickle.loads(data)

    def close(self) -> None:
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = None
        self.pipe.close()
