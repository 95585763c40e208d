"""Private by default: the settings a model runtime must see before it loads.

At the bottom of the library, imported first by `search/__init__.py`, so every entry point (the
CLI, `jianbao serve` and its gunicorn workers, watch mode, the tests) has it before anything can
import onnxruntime. ONNX Runtime collects telemetry on Linux unless told not to: on import it
writes a device id and an event store under the user's cache folder
(`Microsoft/DeveloperTools/.onnxruntime/`), a `.ses` file in the temp folder, and queues events for
an outside collector. `ORT_DISABLE_TELEMETRY=1` turns all of it off.

Every module that runs a model on onnxruntime (the organisation tagger, the OCR engine) imports
this module before `import onnxruntime`:

    from search import runtime  # noqa: F401 - telemetry off before the runtime loads
    import onnxruntime

jianbao makes no network connection and writes nothing outside its cache, its index and its corpus.
"""
from __future__ import annotations

import os

# Forced, not defaulted: an association's archive server must not phone home, whatever the
# environment it was started from says.
QUIET = {"ORT_DISABLE_TELEMETRY": "1"}

os.environ.update(QUIET)
