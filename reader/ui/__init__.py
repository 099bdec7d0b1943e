"""The terminal UI: Textual only, fed by the analysis packages, never the reverse.

Nothing here opens article files or imports spaCy: the app receives loaded
documents from the CLI and an `Analysis` from a worker thread.
"""

import gc as _gc
import threading as _threading

# Start-up makes a great many objects that all live on (modules, classes, the
# cached analysis, the widgets), so the cyclic garbage collector's passes over
# them free nothing, yet cost about 40 ms before the first frame. Collection is
# paused from the first import of the UI until the app has painted its first
# frame or exits (`resume_gc`); a timer resumes it regardless after a few
# seconds, so importing the UI without running the app cannot leave it off.
_gc_paused = _gc.isenabled()
_gc.disable()


def resume_gc() -> None:
    """End the start-up pause of garbage collection (once; later calls do nothing)."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        _gc.enable()


_timer = _threading.Timer(5.0, resume_gc)
_timer.daemon = True
_timer.start()
